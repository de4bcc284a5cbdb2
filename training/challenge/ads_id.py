"""Indonesian challenge ads, written by hand. Markers: [[code:evidence]]."""

ADS = [
    ("job", """LOWONGAN KERJA PABRIK ELEKTRONIK – MALAYSIA (Penang)

Deskripsi pekerjaan
Operator produksi di pabrik komponen elektronik. Kerja 8 jam + lembur, 6 hari seminggu.

Fasilitas
• Gaji RM 1.700 + lembur
• [[trv:Tiket pesawat, paspor dan visa kerja diurus oleh kami]]
• Asrama dekat pabrik

Catatan penting
[[fee:Biaya proses Rp 12.000.000 dibayar di muka]], [[fee:sisanya potong gaji 6 bulan]]. [[wc:Paspor disimpan oleh majikan selama kontrak]].

Hubungi WA 0855-5501-2345 (Pak Rudi)"""),
    ("job", """Halo kak 😊 [[opq:ada kerjaan di Jepang nih, japri aja ya]] [[dec:gaji 25 juta sebulan, ga perlu pengalaman, ga perlu bisa bahasa]] [[trv:tiket ditalangin dulu]] [[fee:nanti potong gaji]] [[vul:khusus cewek muda belum nikah]]"""),
    ("job", """DIBUTUHKAN SEGERA!!! Pemandu karaoke di Batam 🎤 [[vul:wanita usia 18–23, cantik, putih, langsing]] [[dec:penghasilan 15–20 juta/bulan]] [[trv:mess dan tiket disediakan]] [[wc:tiket diganti dari gaji]] [[opq:kirim foto full body via WA dulu]]"""),
    ("job", """Kerja di kebun sawit Kalimantan. [[trv:Dijemput di pelabuhan, langsung dibawa ke lokasi]]. [[wc:Makan dan mess dipotong dari upah]]. [[wc:Gaji dibayar setelah panen selesai]]. [[wc:KTP ditahan mandor]]. [[vul:Tidak perlu ijazah atau KTP asli]]."""),
    ("job", """💰 KERJA ONLINE DARI RUMAH 💰 [[dec:cuma like dan follow dapat Rp 1 juta per hari]] [[dec:tanpa pengalaman, tanpa modal besar]] [[fee:daftar cukup bayar Rp 150 ribu]] [[opq:chat admin di Telegram @cuanharian_example]]"""),
    ("job", """Lowongan ART ke Arab Saudi 🇸🇦 [[dec:berangkat cepat 2 minggu, tanpa pelatihan]] [[trv:semua diurus sponsor]] [[fee:uang fit dan administrasi Rp 5 juta]] [[wc:tidak boleh pulang sebelum 2 tahun]] [[opq:hubungi calo lewat inbox]]"""),
    ("job", """Loker admin online di Kamboja 🇰🇭 [[dec:gaji 1.200 USD, kerja santai, cuma ngetik]] [[trv:tiket & visa ditanggung]] [[opq:nama perusahaan dirahasiakan, interview lewat Telegram saja]] [[wc:HP dipegang perusahaan selama jam kerja]]"""),
    ("job", """Pelayan restoran di Taiwan, [[vul:wanita lajang, maksimal 27 tahun, penampilan menarik]]. [[fee:Biaya penempatan Rp 40 juta, bisa dicicil potong gaji 10 bulan]]. [[trv:Tiket dan dokumen kami siapkan]]."""),
    ("job", """Dicari ABK kapal ikan ke Afrika 🚢 [[dec:gaji 900 USD, tanpa pengalaman, berangkat minggu depan]]. [[fee:Jaminan Rp 3 juta untuk buku pelaut]]. [[wc:Gaji dibayar di akhir kontrak 2 tahun]]. [[opq:Info lanjut di japri]]."""),
    ("job", """Buat yang butuh kerja cepet, [[vul:yang punya utang atau lagi susah ekonomi juga bisa, tanpa dokumen lengkap]] 🙏 [[dec:kerja di luar negeri gaji dolar]] [[opq:DM aja]]"""),
    ("escort", """💋✨ [[mob:NEW DI KOTA]] ✨💋 Hai om, aku Sasa, 22 th 🔥 [[mob:baru sampai Surabaya, cuma 3 hari]]! Bisa ke hotel. WA 0 8 5 5 - 5 5 5 0 - 1 2 3 4"""),
    ("escort", """🌹 [[tpc:Stok cewek baru]] 🌹 [[tpc:ada Mira, Dinda, Cici]] [[mob:fresh dari Bandung]] [[rm:ready 24 jam]] [[rm:main di tempat aja]] [[tpc:booking lewat mami]] 0855-5501-7788"""),
    ("escort", """[[min:Masih abg]] 🍭🎀 [[min:baru lulus SMP]] [[min:umur 17]] [[mob:pertama kali di Jakarta]] [[tpc:hubungi kakaknya buat atur janji]]"""),
    ("escort", """Pijat tradisional 💆 [[tpc:terapis baru 3 orang]] [[mob:dari Jawa Tengah, minggu ini saja]] [[rm:terapis tinggal di tempat]], [[rm:buka 10 pagi – 3 pagi tiap hari]]. Dekat stasiun Manggarai."""),
    ("escort", """TOUR 💎 Nadia, teman makan malam 💎 [[mob:Jakarta 2–4, Bali 5–8, Singapura 9–11]] — reservasi minimal sehari sebelumnya. nadia@tour.example"""),
    ("escort", """h a i  o m  [[tpc:dia ready]] [[min:16 thn]] foto asli [[mob:baru datang dari Lampung kemarin]] [[tpc:hub bang Jefri]] 0 8 5 5 5 5 5 0 1 9 9"""),
    ("escort", """Aku Lala 😘 [[rm:bisa 24 jam]], [[rm:ga bisa keluar, cuma di apartemen yang aku tinggali bareng cewek lain]] 💋 [[mob:di Medan seminggu aja]] 🌹 [[rm:aturan dari bos]]"""),
    ("escort", """AG3NSI VIP 🍒 [[tpc:sopir kami antar cewek ke hotel]] [[min:semua masih dedek-dedek]] 💕 [[tpc:kami yang pilihkan]] [[rm:dia ga boleh nolak tamu]] 0855 5501 9900"""),
    ("job", """Program G to G Korea – penempatan resmi melalui BP2MI. [[trv:Tiket pesawat dan visa E-9 diurus setelah lulus EPS-TOPIK]]. Calon pekerja hanya membayar biaya ujian resmi; tidak ada calo dan tidak ada potongan gaji."""),
    ("job", """PT Mitra Bahari Sejahtera (P3MI, izin Kemnaker No. 555 Tahun 2025) merekrut perawat lansia ke Jepang. [[trv:Perusahaan menanggung tiket, visa, dan asrama bulan pertama]]. Zero cost: pekerja tidak dipungut biaya apa pun."""),
    # --- negatif
    ("job", """LOWONGAN STAF ADMINISTRASI – PT Sumber Rejeki Abadi (Semarang)

Tentang perusahaan
Distributor alat tulis kantor sejak 1998, kantor di Jl. Pemuda No. 55, Semarang.

Tugas
• Input data penjualan dan stok
• Membuat laporan mingguan
• Mengarsip dokumen

Kualifikasi
• Pendidikan min. D3 semua jurusan
• Menguasai Microsoft Excel
• Pengalaman 1 tahun lebih disukai

Fasilitas
Gaji UMK + tunjangan makan, BPJS Kesehatan & Ketenagakerjaan, THR.

Lamaran dikirim ke hrd@sumberrejeki.example. Proses: tes tertulis dan wawancara. Tidak dipungut biaya."""),
    ("job", """Dicari barista untuk kedai kopi di Yogyakarta, shift pagi, gaji Rp 2,5 jt + uang makan. Bisa tanpa pengalaman, ada training. Langsung datang ke Jl. Kaliurang km 5."""),
    ("job", """Waspada penipuan! PT Angkasa Logistik tidak pernah memungut biaya rekrutmen, tidak meminta foto KTP lewat WhatsApp, dan tidak menawarkan kerja ke luar negeri. Lowongan resmi hanya di angkasa.example/karir."""),
    ("job", """P3MI resmi PT Duta Karya Mandiri, izin No. 555/2024. Rekrut tukang las untuk galangan kapal di Korea. Tidak ada biaya penempatan; dokumen pribadi tetap dipegang pekerja. Cek izin kami di situs BP2MI."""),
    ("escort", """Hai, aku Rara, 31, freelance companion di Jakarta Selatan 🌸 aku atur jadwal sendiri dan pilih tamu sendiri. Tanpa mami, tanpa agensi. Janjian dulu ya."""),
    ("escort", """✨ Apartemen baru, Vina yang sama ✨ Pindah ke unit yang lebih nyaman di Kemang. Tetap mandiri, 29 th, tanpa perantara 💋"""),
    ("escort", """Pijat refleksi & urut tradisional, Bu Sri (47), terapis bersertifikat. Panggilan ke rumah area Depok. Pijat saja, tanpa layanan lain."""),
    ("other", """Grand opening salon baru 💇 di Jl. Diponegoro! Potong, creambath, smoothing. Diskon 20% minggu ini."""),
    ("other", """Disewakan kamar kos baru dekat UI, Rp 1,8 jt/bulan termasuk listrik dan wifi. Khusus karyawati/mahasiswi."""),
    ("other", """Dijual Honda Beat 2019, pajak hidup, surat lengkap, ban baru. Rp 12,5 jt nego. COD Bekasi."""),
    ("job", """Guru les privat matematika SD–SMP, area Tangerang Selatan, Rp 100 ribu per sesi. Wawancara dengan orang tua murid."""),
    ("escort", """Halo, Mei, 27, independen di Bali 😊 aku kerja sendiri, atur aturanku sendiri. Dinner date atau ngobrol santai. Chat dulu, no call 💋"""),
    ("other", """Dijual anak kucing persia, umur 3 bulan, sudah vaksin. Rp 1,5 jt. Area Bogor."""),
    ("job", """Kurir paket area Jakarta Timur – PT Kilat Kirim. Punya motor dan SIM C, gaji mingguan ditransfer ke rekening, BPJS. Interview tiap Senin di gudang Cakung."""),
    ("job", """Info magang ke Jepang lewat jalur resmi Kemnaker: pendaftaran gratis di Disnaker daerah masing-masing. Jangan percaya calo yang minta uang. Peserta mengurus sendiri berkas sesuai pengumuman resmi."""),
    ("other", """Jasa servis AC panggilan area Bekasi, cuci AC Rp 75 ribu per unit, bergaransi."""),
    ("escort", """Hai, Tiara, 34, tinggal di Bandung, terima tamu sendiri di tempatku, santai tanpa buru-buru. Aturan dan tarif aku yang tentukan. Hanya dengan janji 🌹"""),
    ("other", """Dicari: dompet hilang di KRL jurusan Bogor, isi KTP atas nama Dewi. Yang menemukan mohon hubungi, ada imbalan."""),
]

# Putaran kedua: derau OCR, indikasi di dalam teks panjang, "baru" dan "24 jam" yang wajar.
ADS += [
    ("job", """INFO LOKER – HOUSEKEEPING & CLEANING SERVICE KAPAL PESIAR 🛳️
Perusahaan mitra kami sedang membuka lowongan untuk posisi housekeeping, laundry dan waiter di kapal pesiar rute Asia dan Eropa. Kontrak 8–10 bulan, gaji mulai 900 USD plus tip.
Syarat: pria/wanita 20–35 tahun, bisa bahasa Inggris dasar, sehat jasmani. [[dec:Yang belum pernah kerja di kapal juga bisa, langsung berangkat bulan depan]].
Biaya: [[fee:pelatihan BST, medical check-up dan buku pelaut Rp 18 juta ditanggung pelamar]]. [[trv:Tiket pesawat ke pelabuhan keberangkatan kami uruskan]].
Kirim CV dan foto paspor ke WhatsApp admin."""),
    ("job", """L0KER MALAYS1A
Pekerja ladang – RM 2.000
[[dec:Tanpa pengalaman, tanpa tes, berangkat Senin]]
[[fee:Uang daftar Rp 2 juta via transfer]]
[[opq:Hubungi lewat inbox saja]]"""),
    ("other", """Baru pindah ke Malang nih 😊 nyari teman jogging tiap pagi di sekitar Ijen, santai aja."""),
    ("other", """Bengkel tambal ban 24 jam di Jl. Raya Bogor km 30, bisa panggilan darurat."""),
]

# Putaran ketiga: iklan panjang dengan satu indikasi, dan negatif panjang.
ADS += [
    ("job", """LOWONGAN – SECURITY / SATPAM GEDUNG PERKANTORAN (Jakarta Pusat)

Tentang kami
Perusahaan jasa pengamanan berpengalaman 15 tahun, melayani gedung perkantoran, pabrik dan perumahan di Jabodetabek.

Tugas
• Menjaga keamanan area gedung dan parkir
• Mencatat tamu dan kendaraan
• Patroli berkala sesuai jadwal

Persyaratan
• Pria, tinggi min. 168 cm, sehat jasmani
• Memiliki sertifikat Gada Pratama (diutamakan)

Fasilitas
Gaji sesuai UMP, seragam, BPJS, mess untuk yang dari luar kota. [[wc:Ijazah asli dan KTP asli ditahan perusahaan selama masa kontrak sebagai jaminan]].

Datang langsung ke kantor kami dengan membawa lamaran."""),
    ("escort", """💋🌸✨ Hai om-om ganteng ✨🌸💋
Aku Kirana, 24 th, manis, ramah dan asik diajak ngobrol 😘 Suka nonton, makan enak dan jalan santai 🍜
📍 Apartemen privat di Kuningan, parkir gampang
🚕 Bisa ke hotel
💸 1 jam 1,5 jt · 3 jam 3,5 jt · ST/LT tanya
[[tpc:Janjian lewat admin aku ya, semua jadwal dia yang pegang]] 📲 WA 0855 5502 311"""),
    ("job", """halo kak, [[opq:sebelum interview tolong kirim foto paspor sama selfie pegang paspor di sini ya]], nanti aku kasih tau nama perusahaannya 👍"""),
    ("job", """DATA ENGINEER – RELOKASI KE SINGAPURA
Merlion Analytics Pte Ltd (UEN 201555123K), 150 karyawan, membuka posisi data engineer (Python, Spark). Tahapan: wawancara HR, tes teknis, wawancara tim.
Gaji SGD 7.000–8.500 per bulan, asuransi kesehatan, bonus tahunan. Setelah mulai bekerja kami memberi tunjangan relokasi SGD 3.000; tiket dan tempat tinggal diurus sendiri oleh kandidat. Tidak ada biaya apa pun untuk pelamar."""),
    ("escort", """Halo, aku Sinta 🌷 35 th, companion mandiri di Surabaya sudah lama. Aku suka ketemu yang santai: ngopi, makan malam, ngobrol. Aku sendiri yang pilih mau ketemu siapa, jam berapa dan batasannya — tanpa agensi, tanpa perantara. Untuk pertemuan pertama aku minta nama dan referensi. Tarif lewat chat. Yang sopan ya 💌"""),
]

# Putaran keempat: agensi orang ketiga, petunjuk usia tersembunyi, chat perekrut.
ADS += [
    ("escort", """✦✦ ANGEL EXECUTIVE CLUB ✦✦ Jakarta · Tangerang · Bekasi
[[tpc:Kenalan sama cewek-cewek kami]] 💃 [[tpc:Sheila (22, Manado), Tasya (21, Bandung) dan Gita (23, Pontianak)]] – cantik, ramah, bersih 😍
✔ Dinner ✔ Hotel ✔ LT
💸 2 jam 2,5 jt · LT 6 jt
🚗 [[tpc:Sopir kami antar ke hotel dalam 30 menit]]
[[rm:Semua ready 24 jam, tanpa booking dulu]]
📞 Booking: 0855 5501 9044 (admin)"""),
    ("escort", """Hai om 🙈 aku [[min:masih kelas 2 SMA]], nyari om baik buat jajan sama beli HP baru 📱 serius aja, DM IG"""),
    ("job", """bro 👋 loker di Korea masih ada!! pabrik, 2,2 juta won. [[trv:visa, tiket sama mess kami urus]], [[fee:transfer DP 15 juta dulu buat kontrak]] 🙏 [[dec:tanpa pengalaman, berangkat 2 minggu lagi]] gimana?"""),
]

# Putaran kelima: negatif sulit yang memakai kosakata sinyal.
ADS += [
    ("job", """Staf gudang shift malam (Cikarang). Tidak perlu pengalaman: ada pelatihan berbayar dua minggu pertama. Gaji UMK + tunjangan shift malam, BPJS sejak hari pertama. Daftar lewat situs resmi perusahaan."""),
    ("other", """Paspormu ditahan majikan? Kamu harus melunasi utang biaya kerja atau perjalanan? Tidak boleh keluar dari mess? Kamu punya hak. Hubungi layanan pengaduan gratis dan rahasia 0800 555 0100, 24 jam."""),
    ("escort", """Mungil dan berambut hitam, 32 th 😉 mandiri, apartemen sendiri di BSD, aku pilih janji dan jamku sendiri. Ngopi, ngobrol, teman yang menyenangkan. Chat dulu sebut nama ya."""),
]

# Putaran keenam: iklan panjang khas pasar Indonesia.
ADS += [
    ("job", """🇭🇰 PELUANG KERJA PMI KE HONGKONG & TAIWAN – PENAMPUNGAN MALANG 🇹🇼
Dibutuhkan segera calon PMI wanita untuk jompo dan rumah tangga. Gaji HK$ 4.990 / NT$ 20.000, libur sesuai kontrak.
Syarat: [[vul:wanita 18–40 tahun, boleh janda, boleh dari keluarga tidak mampu, ijazah tidak wajib]].
[[trv:Semua dokumen, pelatihan bahasa dan tiket diurus PT]]. [[wc:Selama 3 bulan di penampungan calon pekerja tidak boleh pulang dan HP dikumpulkan]].
[[fee:Biaya penempatan dipotong dari gaji selama 7 bulan pertama]].
Info lewat sponsor lapangan di desa masing-masing atau WA 0855 5501 6600."""),
    ("escort", """💎 SPA EKSKLUSIF "MELATI" 💎 Mangga Besar, Jakarta Barat
[[tpc:Terapis baru minggu ini]]: 🌸 Dewi, 23 · 🌸 Lina, 22 · 🌸 Fani, 24
[[mob:Baru datang dari Indramayu, minggu depan dipindah ke Batam]]
[[rm:Terapis tinggal di mess spa, kerja jam 12 siang sampai 4 pagi tanpa libur]]
Paket 90 menit 450 rb. [[tpc:Reservasi lewat mami Yuli]] 0855 5502 0808"""),
    ("other", """JOB FAIR 2027 – Dinas Tenaga Kerja Kota Bandung
Kamis ini pukul 09.00–15.00 di Gedung Sabuga, lebih dari 50 perusahaan membuka lowongan: manufaktur, ritel, logistik, perhotelan, kesehatan. Ada klinik CV dan sosialisasi cara resmi bekerja ke luar negeri bersama BP2MI.
Gratis dan terbuka untuk umum. Ingat: perusahaan peserta dilarang memungut biaya apa pun dari pencari kerja. Info: 022 555 0120 atau jobfair@disnaker-bandung.example"""),
]

# Putaran ketujuh: percakapan, iklan mandiri panjang, satu indikasi tersembunyi.
ADS += [
    ("job", """[10:02] Perekrut: halo dek, yang daftar kerja di Malaysia ya?
[10:03] Saya: iya kak, kerja apa?
[10:03] Perekrut: pelayan restoran di KL, gaji RM 2.000
[10:04] Saya: visanya gimana kak?
[10:05] Perekrut: [[trv:tiket sama visa kakak yang urus, nanti dijemput di bandara]]
[10:05] Perekrut: [[fee:biaya 8 juta dipotong dari gaji 4 bulan pertama]]
[10:06] Saya: ada kontraknya kak?
[10:07] Perekrut: [[dec:ga usah kontrak, pake visa turis dulu, di sana baru diurus]] 😉"""),
    ("escort", """✨💕 Halo om-om, aku Lia 💕✨
Rambut merah, 30 th, berbintik dan gampang ketawa 😄 Suka cocktail, film jadul dan ngobrol lama. Dinner, weekend getaway, atau malam santai di apartemenku 🍸🎬
📍 Apartemen nyaman di Setiabudi · 🚗 Outcall hanya ke hotel
💸 1 jam 2 jt · 2 jam 3,8 jt · dinner 4 jam 6 jt · LT 10 jt
📝 Foto baru di websiteku minggu ini, semua terbaru tanpa edit 📸
Aku screening setiap tamu baru dan berani nolak kalau ada yang nggak cocok. Mandiri, tanpa agensi, tanpa manajer 🙏 lia@indie.example"""),
    ("escort", """💋 Nayla 💋 hitam manis, 25, montok dan iseng 😜 Apartemen di Kelapa Gading, ada shower dan parkir. 1 jam 1,2 jt. Ramah dan cerewet ✌️ [[rm:Nggak ada hari libur, jadwalku yang atur bos pemilik apartemen]] 📲 0855 5501 6012"""),
]

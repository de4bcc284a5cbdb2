"""Tagalog / Taglish challenge ads, written by hand (Philippine market). Markers: [[code:evidence]]."""

ADS = [
    ("job", """HIRING!!! 🇰🇼 DOMESTIC HELPER FOR KUWAIT 🇰🇼

Qualifications:
✅ Female 23–40 years old
✅ At least elementary graduate
✅ May experience sa household work, pwede rin first timer

Benefits:
✅ Salary 120 KD per month
✅ Free food and accommodation
✅ [[trv:Libre ang ticket at visa, kami na bahala sa processing]]

Requirements: passport, NBI, PSA birth cert.

[[fee:May processing fee na ₱25,000 na babayaran bago umalis]]. [[wc:Ang passport ay hawak ng amo habang nasa kontrata]].

[[opq:PM lang po for more info, wala kaming office, online processing lang]]"""),
    ("job", """Hi sis! 👋 [[opq:may work ako for u sa Dubai, chat mo ko sa messenger]] [[dec:sahod 80k a month, no experience needed, walang interview]] [[trv:sagot namin ticket]] [[fee:kaltas na lang sa sweldo mo]] [[dec:alis agad next week]] 🙏"""),
    ("job", """URGENT HIRING 📢 [[trv:Tourist visa muna papuntang Malaysia tapos doon na i-convert]]! [[dec:Customer service, ₱70,000 monthly, kahit walang experience]]. [[fee:Show money at processing ₱15k]]. [[opq:Telegram lang @hiringnow_example]]"""),
    ("job", """Naghahanap kami ng entertainers papuntang Japan 🎤 [[vul:dalaga lang, 18–24, maganda at sexy]]. [[dec:Malaking kita kahit walang talent]]. [[trv:Kami na sa ticket at bahay]], [[wc:babayaran mo sa sahod]]. [[opq:Send full body pic at kopya ng passport sa PM]]."""),
    ("job", """Factory worker sa Taiwan, [[fee:placement fee ₱90,000, salary deduction ng 10 buwan]]. [[wc:Sa dorm ng company titira, bawal lumabas tuwing weekdays]]. [[wc:Passport ay itatago ng broker]]. [[trv:Kami ang bahala sa flight]]."""),
    ("job", """Sino gusto mag-work from home? 📱 [[dec:Kumita ng ₱3,000 kada araw, like at share lang ng posts]]! [[dec:Walang experience, walang puhunan daw]] pero [[fee:may membership fee na ₱499]]. [[opq:Message mo lang si Ma'am Joy sa WhatsApp]]."""),
    ("job", """Hiring caregivers papuntang Canada 🇨🇦 [[trv:Kami mag-aasikaso ng work permit at ticket]] [[fee:₱150k all-in, pwedeng hulugan]] [[dec:Siguradong alis in 30 days]] [[opq:Walang office, meet-up lang sa mall]]"""),
    ("job", """Kailangan ng construction workers sa Saudi. [[vul:Kahit walang papeles o expired passport, aayusin namin]]. [[wc:Hindi pwedeng mag-resign hangga't hindi tapos ang 2 taon]]. [[wc:Sahod ibibigay pagkatapos ng kontrata]]."""),
    ("job", """Pssst 👀 [[dec:online job abroad sa Cambodia, $1,500 kada buwan, typing lang]] [[trv:sagot ticket at tirahan]] [[opq:huwag mo na itanong pangalan ng company, private yan]] [[dec:alis agad, this week na]]"""),
    ("job", """Waitress sa Bahrain 🍽️ [[vul:single, walang anak, 20-28, pleasing personality]] [[dec:₱60k sahod plus tips, walang contract pero legit]] [[trv:libre flight]] [[fee:may ₱8,000 para sa medical at training]]"""),
    ("escort", """💋✨ [[mob:BAGONG DATING]] ✨💋 Hi guys, ako si Jen, 21 🔥 [[mob:kararating lang sa Cebu, 3 days lang ako dito]]!! Pwede sa hotel. 0 9 5 5 - 5 5 5 - 0 1 2 3"""),
    ("escort", """🌹 [[tpc:Available ang mga girls namin]] 🌹 [[tpc:Mika, Aira, Bea]] [[rm:24/7 bukas]] [[rm:dito lang sa bahay, bawal lumabas]] [[tpc:text si boss]] 0955 555 0144"""),
    ("escort", """[[min:Fresh na fresh]] 🍭🎀 [[min:kaka-18 lang]] [[min:estudyante pa]] [[mob:first time sa Manila]] [[tpc:kausapin si kuya para sa booking]] [[rm:walang limit]]"""),
    ("escort", """Spa & massage 💆 [[tpc:may tatlong bagong therapist]] [[mob:galing probinsya, this week lang]] [[rm:stay-in sila sa spa]], [[rm:bukas hanggang 4AM araw-araw]]. Malapit sa Cubao."""),
    ("escort", """TOUR 💎 Anne, classy companion 💎 [[mob:Makati 5–7, Cebu 8–10, Davao 11–13]] dinner dates at overnight. Book in advance: anne@tour.example"""),
    ("escort", """h e l l o  [[tpc:siya ay available]] [[min:16 y/o]] real pics [[mob:bagong dating galing Samar]] [[tpc:txt c Boy]] 0 9 5 5 5 5 5 0 1 9 9"""),
    ("escort", """Ako si Lyka 😘 [[rm:available 24 hrs]], [[rm:hindi ako pwedeng mag-out, dito lang sa condo kasama ng ibang girls]] 💋 [[mob:isang linggo lang sa Angeles]] 🌹"""),
    ("escort", """AG3NCY 🍒 [[tpc:ihahatid ng driver namin ang girl sa hotel mo]] [[min:mga bagets lahat]] 💕 [[tpc:kami na pipili para sayo]] [[rm:hindi siya pwedeng tumanggi sa client]] 0955 555 0111"""),
    ("job", """DIRECT HIRE – Registered nurses for a hospital in the UK. Royal Westfield NHS Trust (interview via Teams). [[trv:The hospital pays your visa, flight and first month of accommodation]]. WALANG PLACEMENT FEE. Ingat sa mga nagpapabayad gamit ang pangalan namin."""),
    ("job", """Licensed agency: Bayanihan Manpower Corp., DMW License No. 555-LB-2026. Hiring farm workers para sa New Zealand. [[trv:Employer ang sasagot sa airfare at visa]]. Zero placement fee alinsunod sa batas. Walk-in sa Ermita office."""),
    # --- negatives
    ("job", """WE ARE HIRING: SERVICE CREW – Jollimeal Express, SM North branch

Job description
• Mag-assist sa mga customer sa counter at dining area
• Maghanda ng orders ayon sa standards
• Panatilihing malinis ang store

Qualifications
• At least senior high graduate
• Pwede ang walang experience, may training kami
• Willing mag-shifting schedule

Benefits
Daily rate ₱645 (NCR minimum), kumpletong government benefits (Pag-IBIG, SSS at PhilHealth), may 13th month, libreng meal bawat shift.

Mag-apply sa store o sa jollimeal.example/careers. Walang bayad ang pag-apply."""),
    ("job", """Hiring: Accounting assistant sa Quezon City, full-time. Bachelor's degree sa Accountancy, kaya gumamit ng Excel at QuickBooks. ₱22k–₱25k. Send CV sa hr@lakandula.example, may exam at interview."""),
    ("job", """Paalala mula sa Bayanihan Manpower: HINDI kami naniningil ng placement fee, hindi namin hinahawakan ang passport ninyo, at hindi kami nag-aalok ng trabaho sa Facebook chat. Verify sa DMW website bago mag-apply."""),
    ("job", """Pacific Star Manning Agency, DMW License No. 555-SB-0042. Hiring ABs and oilers for bulk carriers. Employer-paid training and documents, walang kaltas. Interview at our Intramuros office, Tuesday to Friday."""),
    ("escort", """Hi, ako si Trish, 30, independent companion dito sa Makati 🌸 Ako ang may hawak ng schedule ko at ako pumipili ng kausap. Walang manager, walang agency. Text lang para sa appointment."""),
    ("escort", """✨ Bagong condo, parehong Mae ✨ Lumipat ako sa mas maayos na unit sa BGC. Independent pa rin, 28 y/o, walang handler 💋 Book a day ahead."""),
    ("escort", """Home service massage by Ate Rose (48), licensed massage therapist. Swedish at hilot. Massage lang po, walang extra. Within QC lang. 0955 555 0132"""),
    ("other", """GRAND OPENING 🎉 Bagong salon sa Marikina! Gupit, rebond, manicure-pedicure. 20% off this week lang. Kita-kits!"""),
    ("other", """For rent: bedspace sa bagong apartment malapit sa UST, ₱3,500 kasama tubig at kuryente. Female only, students o working."""),
    ("other", """For sale: Toyota Vios 2018, 60k km, bagong gulong, complete papers. ₱480k nego. Meet-up sa Pasig."""),
    ("job", """Tutor needed for Grade 4 student, Math at English, 3x a week, ₱350 per hour. Sa Antipolo, may interview with parents."""),
    ("escort", """Hello, Cams here, 27 😊 independent sa Cebu, sariling schedule at sariling rules. Dinner date o kwentuhan lang, walang middleman. No call, text lang 💋"""),
    ("other", """Ipinamimigay: 2 tuta, aspin, 2 months old, may bakuna na. Para sa responsible owner lang. Taga-Caloocan."""),
    ("job", """Hiring delivery riders – SpeedyBox Logistics, Pasay hub. May sariling motor, lisensya. ₱800–₱1,200 kada araw, weekly payout sa bank account. Orientation tuwing Lunes."""),
    ("job", """Seasonal work sa Australia? Mag-apply lang sa official Pacific labour scheme portal o sa Australian employer mismo. Walang agent na dapat mong bayaran. Ikaw ang mag-aayos ng sarili mong visa application online."""),
    ("other", """Aircon cleaning and repair, home service sa buong Laguna. ₱800 per unit cleaning. Tawag lang kay Kuya Jun."""),
    ("escort", """Hi po, Rina, 35, taga-Davao, nag-iisa lang ako sa sariling pwesto ko, chill lang at walang pilitan. Ako bahala sa rules ko. By appointment lang 🌹"""),
    ("other", """Lost wallet sa jeep biyaheng Cubao–Fairview, may IDs ni Mark D. Sa makakakita, may reward. Salamat po!"""),
]

# Second pass: OCR noise, cues buried in long posts, benign "bago" and "24/7".
ADS += [
    ("job", """📣 JOB OPENING: HOUSEKEEPING & LAUNDRY STAFF – HOTEL SA PALAU 🌴
Naghahanap ang aming partner resort ng masisipag na kababayan para sa housekeeping, laundry at kitchen. Full-time, 6 days a week, may meal allowance at uniform.
Qualifications: 21–45 years old, marunong mag-English kahit basic, physically fit.
Kami na ang bahala sa lahat: [[trv:ticket, work permit at staff house ay inaayos ng agency]]. [[fee:Ang gastos ay ₱45,000 na ibabawas sa sweldo sa unang 5 buwan]]. [[wc:Hindi pwedeng lumipat ng employer hangga't hindi bayad ang utang]].
Para mag-apply, i-send ang picture ng passport sa aming Viber."""),
    ("job", """HIR1NG F0R 0KINAWA
Factory w0rker – ¥180,000/m0
[[dec:N0 exp, n0 Japanese, alis in 2 weeks]]
[[fee:Reservati0n fee ₱10,000 via GCash]]
[[opq:PM lang, walang 0ffice]]"""),
    ("other", """Bago lang ako dito sa Iloilo 😊 naghahanap ng kasama sa badminton tuwing Sabado ng umaga. Beginner-friendly!"""),
    ("other", """24/7 towing service sa NLEX at SLEX, mabilis dumating, may resibo. Tawag lang kay Mang Ed."""),
]

# Third pass: mahahabang post na may isang cue lang, at mahahabang negatives.
ADS += [
    ("job", """NOW HIRING: SALES ASSOCIATES – Appliance Center, Pampanga branches

About us
Kami ay isang appliance retailer na may 25 branches sa Central Luzon, 20 taon na sa industriya.

Responsibilities
• Mag-assist sa customers at mag-explain ng features ng products
• Mag-process ng installment applications
• Mag-maintain ng display at inventory

Qualifications
• At least 2nd year college
• Magaling makipag-usap, may sariling diskarte sa pagbebenta
• Willing ma-assign sa kahit anong branch sa Pampanga

Compensation
₱14,000 basic plus commission, government benefits.

Note: [[fee:Lahat ng bagong hire ay magbabayad ng ₱3,500 para sa uniform, ID at training na ibabawas sa unang dalawang sahod]].

Walk-in applicants: dalhin ang resume sa main office sa San Fernando."""),
    ("escort", """💋🌸✨ Hello mga boss ✨🌸💋
Ako si Ysa, 25, morena, sweet at masarap kausap 😘 GFE, dinner date, o chill lang sa kwarto habang nanonood ng movie 🍿
📍 Private condo sa Mandaue, may parking
🚕 Pwede rin sa hotel mo
💸 1 hr ₱3,500 · 3 hrs ₱8,000 · overnight pm
[[mob:Sa Cebu lang ako hanggang Biyernes, tapos lipat Davao]] 📲 0955 555 0231"""),
    ("job", """hello po, [[opq:bago po tayo mag-interview paki-send muna ng picture ng passport at isang selfie na hawak ito]], tapos sasabihin ko na ang company 👍"""),
    ("job", """HIRING: REGISTERED NURSES FOR SAUDI ARABIA – Al Noor Specialist Hospital (direct hire via licensed agency Luzviminda Manpower, DMW License No. 555-LB-0777)
Requirements: BSN graduate, PRC license, at least 2 years hospital experience. Online exam at panel interview with the hospital.
Salary SAR 7,000–8,500. Walang placement fee sa nurses alinsunod sa batas, at ang passport ay nasa inyo. [[trv:Ang airfare at visa ay pinoproseso ng employer]] ayon sa kontrata na i-verify ng DMW."""),
    ("escort", """Hi, ako si Bianca 🌷 32, independent companion dito sa QC, ilang taon na. Gusto ko ng chill na date: kape, dinner, kwentuhan. Ako ang pumipili kung sino ang imi-meet ko, ang oras ko at ang limits ko — walang agency, walang manager. Sa first meeting, pangalan at reference lang po. Rates sa PM. Maging magalang po 💌"""),
]

# Fourth pass: agency-style escort ads, buried youth cues, Taglish recruiter chats.
ADS += [
    ("escort", """✦✦ MANILA ELITE ANGELS ✦✦ Makati · Pasay · Parañaque
[[tpc:Meet our angels]] 💃 [[tpc:Cherry (22, Davao), Kaye (21, Samar) at Joy (23, Leyte)]] – sweet, game at discreet 😍
✔ Dinner date ✔ Hotel ✔ Overnight
💸 2 hrs ₱6,000 · overnight ₱15,000
🚗 [[tpc:Ihahatid ng aming driver sa hotel mo within 30 mins]]
[[rm:Lahat available 24/7, kahit walang booking]]
📞 Booking: 0955 555 0191 (front desk)"""),
    ("escort", """Hi kuya 🙈 [[min:17 pa lang ako pero mature mag-isip]], need ko lang pang-tuition at bagong cellphone 📱 sugar daddy only, DM sa IG"""),
    ("job", """pre 👋 open pa yung work sa Japan!! factory, ¥200k a month. [[trv:kami na sa visa, ticket at dorm]], [[fee:send ka lang ng ₱30k reservation sa GCash]] 🙏 [[dec:kahit walang exp, alis in 2 weeks]] g ka?"""),
]

# Fifth pass: hard negatives gamit ang bokabularyo ng signals.
ADS += [
    ("job", """Warehouse helper – night shift (Valenzuela). Walang experience? Okay lang, may paid training sa unang dalawang linggo. ₱645/day + night differential, SSS at PhilHealth mula day one. Mag-apply sa website ng company."""),
    ("other", """Kinuha ba ng amo mo ang passport mo? Nagbabayad ka ba ng utang para sa trabaho o biyahe? Hindi ka makalabas ng tinutuluyan mo? May karapatan ka. Tumawag nang libre at kumpidensyal sa hotline 0800 555 0100, 24 oras."""),
    ("escort", """Petite morena, 33 😉 independent, sariling condo sa Ortigas, ako pumipili ng dates at oras ko. Kape, kwentuhan, good vibes. Text muna with your name."""),
]

# Sixth pass: mahahabang post na pang-Pinoy market.
ADS += [
    ("job", """🇯🇵 HIRING: CAREGIVERS & FACTORY WORKERS FOR JAPAN (SSW / TITP) 🇯🇵
Good news mga ka-OFW! Tumatanggap kami ng aplikante para sa Specified Skilled Worker program. Sahod ¥180,000–¥230,000 kada buwan, may overtime at bonus.
Qualifications: 20–35 years old, high school graduate, physically fit. [[dec:Kahit walang Japanese language certificate, kami na bahala, guaranteed na makakaalis]].
[[trv:Kasama na ang training, visa processing at airfare]]. [[fee:Ang kabuuang gastos na ₱180,000 ay pwedeng i-loan sa aming partner lending at ibabawas sa sahod sa loob ng 2 taon]].
[[wc:Bawal mag-resign o lumipat ng employer hangga't hindi tapos ang loan]].
Para sa slots, mag-PM sa page, walang walk-in."""),
    ("escort", """💎 ANGELS KTV & SPA 💎 Pasay, malapit sa airport
[[tpc:Mga bagong GRO namin ngayong linggo]]: 🌸 Cherry, 22 · 🌸 Jhen, 21 · 🌸 Kaye, 24
[[mob:Galing Visayas, next week lilipat sila sa Angeles]]
[[rm:Stay-in sila dito at duty from 6PM hanggang 6AM, walang day off]]
Lady drink ₱500, bar fine ₱3,000. [[tpc:Kausapin si Mamasan Ruby para sa reservation]] 0955 555 0808"""),
    ("other", """JOB FAIR 2027 – Public Employment Service Office (PESO) ng Lungsod ng Taguig
Ngayong Biyernes, 9AM hanggang 4PM, sa Taguig City Hall gym, mahigit 60 employers ang mag-aalok ng local at overseas jobs: BPO, retail, construction, healthcare. May libreng resume clinic at orientation tungkol sa legal na pag-a-abroad.
Libre ang pagpasok. Tandaan: bawal maningil ng bayad para sa application ang kahit sinong employer sa job fair. Info: 0955 555 0120 o peso@taguig.example"""),
]

# Seventh pass: chat transcripts, mahahabang independent ads, isang nakatagong cue.
ADS += [
    ("job", """[10:02] Recruiter: hi sis, ikaw ba yung nag-apply sa Qatar?
[10:03] Ako: opo, anong work po?
[10:03] Recruiter: waitress sa resto, QAR 3,000 a month
[10:04] Ako: paano po yung visa?
[10:05] Recruiter: [[trv:kami bahala sa visa at ticket, may susundo sayo sa airport]]
[10:05] Recruiter: [[fee:₱60k ang processing, ibabawas na lang sa unang sahod mo]]
[10:06] Ako: may contract po ba?
[10:07] Recruiter: [[dec:wag ka na mag-alala sa contract, tourist visa muna tapos doon na aayusin]] 😉"""),
    ("escort", """✨💕 Hello gentlemen, si Lia 'to 💕✨
Morena, 30, may freckles at malakas tumawa 😄 Mahilig sa cocktails, old movies at mahahabang kwentuhan. Dinner dates, weekend getaway o chill night sa condo ko 🍸🎬
📍 Cozy condo sa Kapitolyo · 🚗 Hotel lang sa outcall
💸 1 hr ₱4,000 · 2 hrs ₱7,500 · dinner 4 hrs ₱12,000 · overnight ₱20,000
📝 May new photos sa site ko ngayong linggo, recent at walang edit 📸
Sinasala ko lahat ng bagong client at tumatanggi ako kapag may hindi tama. Independent, walang agency o manager 🙏 lia@indie.example"""),
    ("escort", """💋 Nika 💋 chinita, 25, chubby at makulit 😜 Condo sa Cubao, may shower at parking. 1 hr ₱3,000. Masayahin at madaldal ✌️ [[rm:Wala akong day off, si madam ang nagse-set ng schedule ko]] 📲 0955 555 0612"""),
]

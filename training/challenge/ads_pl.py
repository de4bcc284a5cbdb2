"""Polish challenge ads, written by hand. Markers: [[code:evidence]]."""

ADS = [
    ("job", """PRACA W HOLANDII – PRODUKCJA KWIATÓW (okolice Aalsmeer)

Opis stanowiska
Szukamy osób do pracy przy sortowaniu i pakowaniu kwiatów. Praca w hali, temperatura ok. 8°C, odzież robocza zapewniona.

Oferujemy
• 14,06 € brutto/h, wypłaty co tydzień
• [[trv:Zapewniamy przejazd busem z Polski i zakwaterowanie w domku]]
• Opieka koordynatora mówiącego po polsku

Koszty
[[fee:Przed wyjazdem trzeba wpłacić 200 € opłaty rekrutacyjnej]]. [[wc:Za mieszkanie potrącamy 130 € tygodniowo z wypłaty]].

Dzwoń lub pisz na WhatsApp: +48 555 010 287"""),
    ("job", """Cześć kochana 😊 [[opq:mam dla ciebie pracę w Norwegii, napisz na priv]] [[dec:zarobisz 4000 euro bez doświadczenia i bez języka]] [[trv:bilet kupię ja]], [[fee:oddasz z wypłaty]] [[vul:tylko młode panny bez dzieci]]"""),
    ("job", """Praca dla pań w klubie w Niemczech 🍸 [[vul:wiek 18–25, zgrabne, zadbane]] [[dec:zarobki nawet 20 tys. zł miesięcznie, tylko rozmowa z gośćmi]] [[trv:dojazd i mieszkanie załatwiamy]] [[opq:wyślij zdjęcia całej sylwetki i skan dowodu na Telegramie]]"""),
    ("job", """Budowa w Niemczech, [[vul:bierzemy też ludzi bez meldunku i bez papierów]]. [[trv:Odbiór z dworca w Szczecinie]], [[wc:śpicie na budowie]], [[wc:rozliczenie na koniec roboty]], [[wc:dokumenty trzyma brygadzista]]. [[opq:Dzwonić do Mirka, nazwy firmy nie podajemy]]."""),
    ("job", """💸 PRACA Z DOMU 💸 [[dec:nawet 800 zł dziennie za przepisywanie tekstów]], [[dec:bez doświadczenia, bez rozmowy kwalifikacyjnej]]. [[fee:Wystarczy opłacić pakiet startowy 59 zł]]. [[opq:Kontakt tylko przez Telegram]]."""),
    ("job", """Opiekunka osoby starszej w Niemczech, [[trv:transport z domu pod dom organizujemy]]. [[fee:Opłata za pośrednictwo 1 500 zł płatna przed wyjazdem]]. [[wc:Wynagrodzenie wypłacane dopiero po zakończeniu zlecenia]]. [[dec:Wyjazd już w ten weekend, bez znajomości niemieckiego]]."""),
    ("job", """Kelnerki do restauracji w Wielkiej Brytanii, [[vul:panny, do 26 lat, ładna prezencja]]. [[dec:3000 funtów miesięcznie łatwo, umowa niepotrzebna]]. [[opq:Najpierw wyślij zdjęcie i kopię paszportu]]."""),
    ("job", """Szukamy pracowników z Ukrainy i Białorusi do przetwórni ryb na Pomorzu. [[trv:Załatwiamy oświadczenie, dojazd i hotel pracowniczy]]. [[fee:Koszt wizy i oświadczenia 1 200 zł potrącany z pierwszej pensji]]. [[wc:Paszport zostaje u nas w biurze aż do końca umowy]]."""),
    ("job", """hej, [[dec:robota w Dubaju na recepcji, 3500$ + napiwki, bez doświadczenia]], [[trv:bilet pokrywamy]], [[fee:potem odciągamy z pensji]], [[opq:nazwy hotelu nie podam na razie, gadamy na Telegramie]]"""),
    ("job", """Zbiór truskawek w Szwecji 🍓 [[trv:bus i namioty na miejscu]]. [[fee:Wpisowe 300 zł gotówką przy zapisie]]. [[wc:Nie można zmienić pracodawcy w trakcie sezonu]]. [[wc:Telefony oddajecie brygadziście w czasie pracy]]."""),
    ("escort", """💋✨ [[mob:NOWA W MIEŚCIE]] ✨💋 Hej, jestem Ola, 22 lata 🔥 [[mob:dopiero przyjechałam do Krakowa, tylko na 3 dni]]! Mieszkanie w centrum, dojazd do hoteli. 5 5 5 - 0 1 2 - 3 4 5"""),
    ("escort", """🌹 [[tpc:Nowe dziewczyny w naszym lokalu]] 🌹 [[tpc:Kasia, Monika, Ewa]] — [[mob:świeżo z Ukrainy]] [[rm:czynne całą dobę]], [[rm:tylko u nas]]. [[tpc:Dzwoń do menedżera]] 555 011 222"""),
    ("escort", """[[min:Młodziutka świeżynka]] 🍭🎀 [[min:dopiero 18]], [[min:w stroju uczennicy]], [[mob:pierwszy raz w Gdańsku]]. [[tpc:Umawia koleżanka]]. [[rm:Bez ograniczeń]]."""),
    ("escort", """Salon masażu 🌸 [[tpc:trzy nowe masażystki]] [[mob:tylko w tym tygodniu]]! [[rm:Dziewczyny mieszkają w salonie]], [[rm:otwarte od 10 do 4 rano codziennie]]. Blisko Dworca Centralnego."""),
    ("escort", """TOURNÉE 💎 Natalia, towarzyszka 💎 [[mob:Warszawa 2–4, Poznań 5–7, Wrocław 8–10 czerwca]]. Kolacje, wyjazdy. Rezerwacja z wyprzedzeniem: natalia@trasa.example"""),
    ("escort", """c z e s c  [[tpc:ona jest wolna]] [[min:ma 17]] zdjecia prawdziwe [[mob:przyjechala wczoraj z Rumunii]] [[tpc:dzwon do Marka]] 5 5 5 0 1 9 9"""),
    ("escort", """Jestem Iza 😘 [[rm:dostępna 24/7]], [[rm:nie wyjeżdżam, przyjmuję tylko w mieszkaniu, gdzie mieszkam z innymi dziewczynami]] 💋 [[mob:w Łodzi tylko tydzień]] 🌹"""),
    ("escort", """AG3NCJA 🍒 [[tpc:kierowca przywiezie dziewczynę do ciebie]], [[min:same młodziutkie]] 💕 [[tpc:wybierzemy za ciebie]]. [[rm:Ona nie wybiera klientów]]. 555 019 900"""),
    ("job", """Sezonowa praca w Wielkiej Brytanii – program Seasonal Worker, operator Harvest Link Ltd (nr rej. 05550456). [[trv:Pracodawca pokrywa wizę, lot i zapewnia zakwaterowanie]]. Nie pobieramy od pracowników żadnych opłat."""),
    ("job", """Spawacze do stoczni w Norwegii – agencja zatrudnienia KRAZ nr 555. [[trv:Organizujemy i opłacamy przelot oraz mieszkanie na pierwszy miesiąc]]. Rekrutacja całkowicie bezpłatna dla kandydata."""),
    # --- negatywy
    ("job", """SPECJALISTA DS. KADR I PŁAC – WROCŁAW

O firmie
Hydro-Tech Sp. z o.o. (KRS 0000555123), producent pomp przemysłowych, zatrudnia 450 osób.

Zakres obowiązków
• Naliczanie wynagrodzeń i rozliczanie czasu pracy
• Przygotowywanie deklaracji ZUS i PIT
• Obsługa programu Symfonia

Wymagania
Wykształcenie wyższe, 3 lata doświadczenia, znajomość prawa pracy.

Oferujemy
Umowę o pracę, 7 500–8 500 zł brutto, prywatną opiekę medyczną, kartę sportową.

CV prosimy przesyłać przez formularz na hydrotech.example/kariera. Rozmowa w siedzibie firmy."""),
    ("job", """Piekarnia „Kłos" zatrudni sprzedawczynię, umowa o pracę, 2 zmiany, 4 800 zł brutto. CV w sklepie przy ul. Długiej 55."""),
    ("job", """Agencja Pracy Tymczasowej Horyzont, wpis do rejestru KRAZ nr 555. Szukamy magazynierów z uprawnieniami UDT w Poznaniu. Kandydat nic nam nie płaci, a swoje dokumenty trzyma przy sobie."""),
    ("job", """⚠️ Uwaga na oszustów! Firma Trans-Pol nigdy nie pobiera opłat za zatrudnienie i nie prosi o zdjęcie dowodu na WhatsAppie. Prawdziwe oferty tylko na transpol.example."""),
    ("escort", """Cześć, jestem Marta, 33 lata, niezależna towarzyszka w Katowicach 🌸 Sama wybieram godziny i klientów, bez agencji. Spotkania tylko po wcześniejszym umówieniu."""),
    ("escort", """✨ Nowe mieszkanie, ta sama Julia ✨ Przeprowadziłam się do wygodniejszego apartamentu na Mokotowie. Nadal pracuję sama, 30 lat 💋"""),
    ("escort", """Masaż leczniczy i sportowy, Agnieszka (45), fizjoterapeutka, własny gabinet. Tylko profesjonalny masaż, na zapisy."""),
    ("other", """Otwarcie nowego salonu fryzjerskiego 💇 przy ul. Piotrkowskiej! Strzyżenie, koloryzacja, barber. -20% przez pierwszy tydzień."""),
    ("other", """Wynajmę pokój w nowym bloku na Ursynowie, 1 600 zł + media, dla osoby pracującej. Bez prowizji."""),
    ("other", """Sprzedam Toyotę Yaris 2016, 120 tys. km, nowe opony, serwisowana w ASO. 34 900 zł do negocjacji."""),
    ("job", """Korepetycje z matematyki, przygotowanie do matury, 10 lat doświadczenia. 90 zł za godzinę, online lub stacjonarnie."""),
    ("escort", """Jestem Karolina, 29, niezależna, w Warszawie od lat 💋 Pracuję sama, we własnym tempie, sama decyduję, z kim się spotykam. Nie odbieram zastrzeżonych numerów."""),
    ("other", """Oddam kotka w dobre ręce, 2 miesiące, nauczony kuwety. Okolice Nowej Huty."""),
    ("job", """Kierowca kat. C+E w firmie Spedex, trasy krajowe, umowa o pracę, 9 000 zł netto. Rozmowa w biurze w Łodzi."""),
    ("job", """Praca sezonowa w Norwegii w przetwórni ryb, firma Lofoten Sjømat AS. Obywatele UE, dojazd we własnym zakresie, wynagrodzenie zgodne z układem zbiorowym. Aplikuj na stronie firmy."""),
    ("other", """Naprawa pralek i zmywarek z dojazdem do klienta, gwarancja 6 miesięcy. Dzwoń po 16."""),
    ("escort", """Hej, Ania, 35 lat, mieszkam w Gdyni i przyjmuję sama u siebie, spokojnie i bez pośpiechu. Własne zasady i ceny. Tylko po umówieniu 🌹"""),
]

# Druga tura: szum OCR, sygnały ukryte w długim tekście, niewinne „nowa”, „24/7”.
ADS += [
    ("job", """OFERTA PRACY – PRACOWNIK FERMY DROBIU (Wielkopolska)
Nowoczesna ferma drobiu szuka pracowników do obsługi kurników: karmienie, kontrola stada, sprzątanie hal. Praca zmianowa, również w weekendy.
[[trv:Dla osób spoza regionu zapewniamy dowóz z Lublina i pokój w kontenerze na terenie fermy]]. [[wc:Za pokój i wyżywienie potrącamy 900 zł miesięcznie]], a [[wc:opuszczanie terenu fermy bez zgody kierownika jest zabronione]].
Zgłoszenia telefoniczne, nazwę firmy podamy po przyjeździe."""),
    ("job", """PRACA W H0LANDII
Sortowanie paczek – 2 400 €
[[dec:Bez doświadczenia, bez języka, wyjazd jutro]]
[[fee:Opłata za miejsce 400 zł BLIKIEM]]
[[opq:Kontakt tylko WhatsApp]]"""),
    ("other", """Nowa w Poznaniu 👋 szukam ekipy do siatkówki w czwartki wieczorem, poziom rekreacyjny."""),
    ("other", """Pogotowie zamkowe 24/7, Kraków i okolice, dojazd w 30 minut, faktura VAT."""),
]

# Trzecia tura: długie ogłoszenia z jednym sygnałem i długie negatywy.
ADS += [
    ("job", """MONTER RUSZTOWAŃ – BUDOWY W CAŁEJ POLSCE

O firmie
Działamy od 2009 roku, realizujemy rusztowania dla elektrowni, rafinerii i galerii handlowych.

Zadania
• Montaż i demontaż rusztowań systemowych
• Transport elementów na placu budowy
• Dbanie o zasady BHP

Wymagania
• Uprawnienia UDT lub chęć ich zdobycia (kurs opłacamy)
• Gotowość do wyjazdów na delegacje

Oferujemy
Stawkę 32 zł netto/h, kwatery i dojazdy po naszej stronie, odzież roboczą. [[wc:Pensja wypłacana co trzy miesiące, a przy odejściu przed końcem roku przepada ostatnia wypłata]].

Tel. 555 012 740, pan Grzegorz."""),
    ("escort", """💋🌸✨ Hej panowie ✨🌸💋
Jestem Nikola, drobniutka blondynka 😇 [[min:mam dopiero 18 lat]] i uwielbiam miłe towarzystwo, rozmowy i śmiech 🍓
📍 Dyskretne mieszkanie w centrum Wrocławia
🚕 Wyjazdy do hoteli
💸 30 min 250 · 1 h 400
📲 555 023 118, tylko SMS"""),
    ("job", """dzień dobry, [[opq:zanim podam nazwę firmy proszę przesłać tu zdjęcie paszportu i karty pobytu]] 👍"""),
    ("job", """PROGRAMISTA PYTHON – PRZEPROWADZKA DO KOPENHAGI (Dania)
Nordlys ApS (CVR 55512345), firma z branży energetycznej, szuka programisty do zespołu prognoz zużycia energii. Etapy: rozmowa z HR, zadanie techniczne, spotkanie z zespołem.
Wynagrodzenie 50–58 tys. DKK miesięcznie, ubezpieczenie, kurs duńskiego. Po rozpoczęciu pracy wypłacamy dodatek relokacyjny 15 000 DKK; podróż i mieszkanie kandydat organizuje sam. Żadnych opłat dla kandydatów."""),
    ("escort", """Dzień dobry, jestem Beata 🌷 38 lat, niezależna towarzyszka w Krakowie od wielu lat. Lubię spokojne spotkania: kawa, kolacja, rozmowa. Sama wybieram, z kim się spotykam, swoje godziny i granice — bez agencji i pośredników. Przy pierwszym spotkaniu proszę o imię i referencję. Cennik w wiadomości. Proszę o kulturę 💌"""),
]

# Czwarta tura: agencje w trzeciej osobie, ukryte sygnały wieku, wiadomości werbowników.
ADS += [
    ("escort", """✦✦ AGENCJA TOWARZYSKA „PERŁA” ✦✦ Warszawa · Piaseczno · Pruszków
[[tpc:Poznaj nasze dziewczyny]] 💃 [[tpc:Wika (22, Białoruś), Lena (21, Ukraina) i Sandra (23, Mołdawia)]] – zadbane, miłe, dyskretne 😍
✔ Kolacje ✔ Hotele ✔ Noce
💸 1 h 500 · 2 h 900 · noc 2 500
🚗 [[tpc:Nasz kierowca przywiezie dziewczynę w 40 minut]]
[[rm:Wszystkie dostępne całą dobę, bez rezerwacji]]
📞 Rezerwacje: 555 019 044 (recepcja)"""),
    ("escort", """Hej 🙈 tu [[min:Zuzia, 17 i pół]], szukam sponsora na wakacje, zakupy i telefon 💅 tylko poważni panowie, pisz na Snapie"""),
    ("job", """siema ziomek 👋 robota w Belgii dalej aktualna!! rzeźnia, 2 000 euro na rękę. [[trv:załatwiamy busa i pokój]], [[fee:wpłać tylko 500 zł zaliczki za umowę]] 🙏 [[dec:bez doświadczenia, wyjazd w niedzielę]] to jak?"""),
]

# Piąta tura: trudne negatywy ze słownictwem sygnałów.
ADS += [
    ("job", """Magazynier na nocną zmianę (Stryków). Doświadczenie niepotrzebne: dwa tygodnie płatnego szkolenia. 5 600 zł brutto + dodatek nocny, umowa o pracę od pierwszego dnia. Formularz na stronie firmy."""),
    ("other", """Pracodawca zabrał ci paszport? Spłacasz dług za pracę albo przejazd? Nie możesz wyjść z kwatery? Masz prawa. Zadzwoń bezpłatnie i anonimowo: 800 555 010, całą dobę."""),
    ("escort", """Drobna brunetka, 33 lata 😉 niezależna, własne mieszkanie w Sopocie, sama wybieram spotkania i godziny. Herbata, rozmowa i miłe towarzystwo. Napisz najpierw, jak masz na imię."""),
]

# Szósta tura: długie ogłoszenia typowe dla rynku.
ADS += [
    ("job", """🇳🇱 PRACA W HOLANDII BEZ JĘZYKA – SZKLARNIE, MAGAZYNY, PRODUKCJA 🇳🇱
Mamy stałe zamówienia od holenderskich pracodawców! Stawka 14 € brutto/h, nadgodziny płatne extra, praca od zaraz.
[[vul:Przyjmujemy osoby z długami, komornikiem i bez stałego adresu]] – u nas każdy dostaje szansę.
[[trv:Bus z Polski i domek dla 6 osób zapewniamy]]. [[wc:Zakwaterowanie 150 €/tydzień, ubezpieczenie, transport do pracy i kary za brak porządku potrącamy z wypłaty]].
[[wc:Rezygnacja przed upływem 3 miesięcy oznacza zwrot kosztów przejazdu i kaucji]].
Zadzwoń: +48 555 014 600, zapytaj o Darka."""),
    ("escort", """💎 AGENCJA „RUBIN” 💎 Warszawa, Praga-Północ
[[tpc:Przedstawiamy dziewczyny w tym tygodniu]]: 🌸 Oksana, 23 · 🌸 Marina, 22 · 🌸 Elena, 25
[[mob:Dopiero przyjechały z Kiszyniowa, za tydzień jadą do Gdańska]]
[[rm:Dziewczyny mieszkają w lokalu i pracują od 11:00 do 5:00 bez wolnych dni]]
1 h 400 zł, 2 h 700 zł. Kawa, prysznic, parking. [[tpc:Rezerwacje u pani Jadzi]] 555 021 808"""),
    ("other", """TARGI PRACY – Powiatowy Urząd Pracy w Kielcach
W środę od 10:00 do 14:00 w hali Targów Kielce ponad 40 pracodawców z regionu zaprezentuje oferty: produkcja, handel, logistyka, opieka zdrowotna, budownictwo. Konsultacje z prawnikiem w sprawie umów, pomoc w pisaniu CV.
Wstęp wolny. Przypominamy: pracodawca nie może pobierać od kandydata opłat za zatrudnienie ani szkolenie. Informacje: 41 555 01 20 lub targi@pup-kielce.example"""),
]

# Siódma tura: rozmowy, długie ogłoszenia niezależnych, jeden ukryty sygnał.
ADS += [
    ("job", """[10:02] Rekruterka: cześć, piszesz w sprawie pracy w Anglii?
[10:03] Ja: tak, co to za praca?
[10:03] Rekruterka: sprzątanie w hotelu, 11 funtów na godzinę
[10:04] Ja: a mieszkanie?
[10:05] Rekruterka: [[trv:bilet i pokój załatwiamy, ktoś odbierze cię z lotniska]]
[10:05] Rekruterka: [[fee:za załatwienie wszystkiego 2 500 zł, potrącimy ci z wypłat]]
[10:06] Ja: a umowa?
[10:07] Rekruterka: [[dec:umowy nie trzeba, wszystko na słowo]] 😉"""),
    ("escort", """✨💕 Dobry wieczór panom, tu Lena 💕✨
Ruda, 31 lat, piegi i głośny śmiech 😄 Uwielbiam koktajle, stare filmy i długie rozmowy. Kolacje, weekendy albo spokojny wieczór u mnie 🍸🎬
📍 Przytulne mieszkanie na Zabłociu w Krakowie · 🚗 Wyjazdy tylko do hoteli
💸 1 h 600 · 2 h 1 100 · kolacja 4 h 1 900 · noc 3 500
📝 Nowe zdjęcia na stronie w tym tygodniu, wszystkie aktualne i bez retuszu 📸
Sprawdzam każdego nowego klienta i odmawiam, jeśli coś mi nie pasuje. Pracuję sama, bez agencji i bez „menedżera” 🙏 lena@indie.example"""),
    ("escort", """💋 Nadia 💋 zmysłowa brunetka, 25, krągła i zadziorna 😜 Mieszkanie na Woli, prysznic, parking. 1 h 400. Wesoła i gadatliwa ✌️ [[rm:Nie mam wolnych dni, grafik ustala mi właścicielka mieszkania]] 📲 555 016 061"""),
]

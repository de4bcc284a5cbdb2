"""English challenge ads, written by hand. Markers: [[code:evidence]] (codes in training/challenge/__init__.py)."""

ADS = [
    ("job", """WAREHOUSE OPERATIVES – NETHERLANDS (Venlo / Tilburg)

About the role
We are looking for reliable people for order picking and packing in a large distribution centre. Shifts are 8 hours, Monday to Saturday, rotating early/late. Reach truck licence is an advantage but not required.

What we offer
- €13.27 gross per hour + overtime
- [[trv:We book your bus ticket from your home country and arrange a shared room near the site]]
- Dutch lessons after 3 months

Costs
[[fee:Before departure you pay a one-time processing fee of €350 (documents, insurance, registration)]]. [[wc:Rent of €120/week is taken directly from your wage]].

How to apply
Send CV + photo of passport to our coordinator on WhatsApp +31 555 0142 190. Places fill fast!"""),
    ("job", """Hi dear 😊 saw ur post looking for work. [[opq:We have job in Dubai for cleaner, message me on WhatsApp only +971 55 555 0183]]. [[dec:Salary 1800 USD, free food, no interview needed]]. [[fee:Just pay 250 USD for visa processing]] and you can [[dec:fly next week]]. Slots limited!!"""),
    ("job", """Work from home – DATA ENTRY – earn $400/day!!!
[[dec:No experience needed. No interview. Start today]]. [[dec:All you need is a phone and 2 hours a day]].
[[opq:Text "JOB" to our hiring manager on Telegram @fastjobs_hr_example]]. [[fee:Small starter kit fee of $49 refunded after first payout]]."""),
    ("job", """HOSTESSES WANTED — JAPAN / KOREA
Nightclub in Osaka needs hostesses for 6-month contract. [[vul:Girls 18–25 only, slim, pretty, single]]. [[dec:Earn up to 6,000 USD a month just talking with customers]]. [[trv:Ticket, visa and apartment all arranged by us]] — [[wc:costs deducted from your first salaries]]. [[opq:Apply by DM with 3 full-body photos]]."""),
    ("job", """Seasonal farm work in the UK (strawberries, Kent)

We recruit pickers for the 2027 season through the Seasonal Worker visa scheme. Work from May to October, 39+ hours a week, paid at least the national living wage.

[[trv:We sponsor your visa and book your flight to London; transport from the airport to the farm is provided]]. Accommodation is in static caravans on the farm.

There is no fee for this job. The employer pays the visa sponsorship costs and we will never ask you for money at any stage. If anyone asks you to pay for this job, report it to us.

Operator: Fairfield Growers Ltd, Company No. 05550123, Marden, Kent. Apply at careers.fairfield.example"""),
    ("job", """Construction labourers needed for Poland and Czech Republic. Good salary, long term. [[trv:We organise work permit, transport and hostel]]. [[wc:Passports are kept by the company for safety during the contract]]. [[wc:Salary is paid at the end of the contract]]. Call Mr. Adam +48 555 014 233."""),
    ("job", """Caregiver / Nanny – Canada 🇨🇦
Live-in position with a family in Toronto. Care for 2 kids and elderly grandma.
✔ [[trv:Visa, LMIA paperwork and air ticket arranged by our agency]]
✔ [[fee:Placement fee 3,500 CAD, can be paid in instalments from your salary]]
✔ [[vul:Single women 25–40, no kids of your own]]
Serious applicants only. DM us."""),
    ("job", """Need urgent 20 ppl for fish processing plant in Iceland!!! [[dec:No english required, no experience, start in 5 days]]. [[fee:Registration 150 EUR paid in cash at our office]]. [[opq:For details write in private]]."""),
    ("job", """We are hiring: dancers and models for events abroad (Turkey, Cyprus, Lebanon). [[vul:Only young ladies without family obligations]]. [[dec:Very high pay, all paid in cash, no contract needed]]. [[trv:Visa and flight handled by us]]. [[opq:Send photos and a copy of your passport to talent.cyprus@example.net before we call you]]."""),
    ("job", """Factory workers for Malaysia electronics plant. Monthly salary RM 1,800 + OT.
[[fee:Agency fee equivalent to 3 months salary, deducted monthly]]. [[wc:Employer will hold your passport until contract is finished]]. [[wc:Workers stay in company hostel and are not allowed to go out on weekdays]]. [[trv:Flight and work permit arranged]]."""),
    ("job", """Looking for guys willing to work hard. [[vul:Papers not necessary, we work with people without documents]]. Cash paid weekly. Roofing and demolition, sleep on site. [[wc:Phones stay with the foreman during work week]]. [[opq:Signal only, no calls]]."""),
    ("job", """ok so the job is in Thailand, customer service for online company, [[dec:salary 2500$ plus bonus, no exp needed]], [[trv:we pay ur ticket to bangkok and u pay back later]] ✈️ [[fee:the ticket cost is taken from first 3 salaries]]. [[opq:dont tell anyone company name yet it is secret project, talk on telegram]]"""),
    ("job", """Restaurant staff Germany – Bavarian hotel group, kitchen helpers and waiters.
[[trv:Accommodation is organised and we help with travel]]. Rent 250€ for a single room. Contract 12 months under German law, 2,300€ gross. Apply with CV: jobs@alpenhof-group.example, Alpenhof Hotels GmbH, HRB 55501, Garmisch."""),
    ("escort", """✨💋 NEW IN TOWN 💋✨
Hi gentlemen, I'm Lara, 24, Brazilian 🇧🇷 [[mob:just arrived in Leeds for a few days only]]!!
Incall city centre, outcall hotels. 30min 100 / 1h 160
[[mob:Next week: Manchester 12–14, Liverpool 15–17]]
Call or text 07555 0123 45 📲 no withheld numbers"""),
    ("escort", """💕💕 [[tpc:Beautiful girls available at our place]] 💕💕 [[tpc:Anna, Vika, Sonia]] – [[mob:all new from Romania]] 🇷🇴 [[rm:Open 24/7]] – [[rm:incall only]]. [[tpc:Call manager]] 555-0199. Discreet parking."""),
    ("escort", """𝓢𝓦𝓔𝓔𝓣 🍒🍭 [[min:Fresh young new girl]] [[min:barely 18]] 🎀 first time in the city, very shy. [[tpc:Booking through her friend]] 📞 5 5 5 - 0 1 7 7. [[rm:Anything goes]], [[rm:no limits]]."""),
    ("escort", """Asian massage 🌸 [[tpc:3 new girls]] [[mob:this week only]]! 👐 Relax body massage. [[rm:We open 10am–2am, 7 days, girls live in]]. [[tpc:Ring the bell and the lady at reception will choose for you]]. Near the station. ☎ 555 0161"""),
    ("escort", """h i  g u y s  —  [[tpc:she is]] real, [[min:16]] photos 100% real not fake [[mob:arrived yesterday from Vietnam]] cal l 5 5 5 0 1 3 0 [[tpc:ask for Tony]]"""),
    ("escort", """💎 ELITE TOUR 💎 Sofia here, classy and discreet 🥂
[[mob:London 3–5 March · Paris 6–9 March · Zurich 10–12 March]]
Dinner dates and overnight, outcall only. Booking a day ahead please. sofia@tourdates.example"""),
    ("escort", """Th1s 1s Mi1a 😘 [[mob:only here till Sunday]] 💋💋 [[rm:Available 24 hours]], [[rm:don't call me out, incall only at my apartment where I stay with the others]]. Cheap prices 🌹 5five5-01O7"""),
    ("escort", """BOOK N0W — [[tpc:our agency has 10 girls]] ready 4 u, [[min:teen]] 🍭 [[min:schoolgirl outfit avail]], [[tpc:driver brings her to you]] 📍 all over city. [[rm:she can't pick clients]], [[rm:no condom extra]]. WhatsApp 555 0112 (agency)"""),
    ("job", """Cleaning job offer in Italy – [[vul:perfect for ladies who need money fast, single mothers welcome, no documents no problem]]. [[dec:2000 € per month, easy job]]. [[opq:Contact only on viber 555 0148, no company info on phone]]."""),
    ("job", """Ship crew – cruise line – all positions!!! [[dec:Guaranteed employment 100%, no interview, depart within 2 weeks]]. [[fee:Training certificate and medical are 780 USD, pay to our agent]]. [[trv:Joining ticket will be provided]]."""),
    # --- negatives: legit local jobs, licensed agencies, negated cues, independent adults, classifieds
    ("job", """Registered Nurse – Medical/Surgical Ward (Full Time)

St. Brigid's Community Hospital is a 240-bed teaching hospital serving the Riverbend region. We are committed to safe staffing and continuous professional development.

Responsibilities
• Provide direct patient care to adult medical and surgical patients
• Administer medications and monitor vital signs
• Participate in interdisciplinary rounds and discharge planning

Requirements
• Active RN licence in the state
• BLS certification; ACLS preferred
• 1+ year acute care experience (new graduates considered for our residency program)

Benefits
Competitive pay ($38–$52/hr depending on experience), shift differentials, 403(b) with match, tuition assistance, free parking.

Apply online at careers.stbrigids.example. St. Brigid's is an equal opportunity employer."""),
    ("job", """Part-time barista wanted – Corner Bean Café, 14 Mill Street.
Weekends and two weekday mornings, approx. 20 hrs/week. £11.60/hr plus tips. Training provided. Drop your CV at the counter or email hello@cornerbean.example."""),
    ("job", """Overseas Employment — licensed agency
Pacific Bridge Manpower Services Inc., POEA/DMW License No. DMW-555-LB-0123-2026, valid until 2028.
Now hiring welders (6G) and pipefitters for a shipyard in South Korea. 2-year contract.
IMPORTANT: We do NOT collect placement fees from workers. All hiring costs are paid by the principal employer. Please check our license on the DMW site first. We interview walk-in applicants every weekday at Unit 5, 555 Taft Ave, Manila."""),
    ("job", """Software Engineer (Backend, Go) – Remote within EU
Company: Lumenwise B.V., Amsterdam (KvK 55501234)
You'll build services that process payments for 3,000 merchants.
Requirements: 4+ years Go or similar, PostgreSQL, Kubernetes.
Salary: €70k–€90k, 30 days holiday, home office budget.
Interview process: intro call, technical interview, team meet. Apply via lumenwise.example/careers."""),
    ("job", """Beware of fake job offers! Our company never asks candidates to pay any fee, never asks for your passport over WhatsApp, and all interviews are held on our official video platform. If someone contacting you in our name asks for money, it is a scam — report it to security@northway.example."""),
    ("escort", """Hi, I'm Chloe 🌹 independent, 29, living in Bristol for years. I work for myself, choose my own hours and only see gentlemen I feel comfortable with. Incall at my private flat or outcall. 1h £180. Screening required, please text first with your name. 07555 010 999 ✨"""),
    ("escort", """💆‍♀️ Relaxing full body massage by Mia (34), qualified therapist, own studio in Didsbury. Swedish, deep tissue, hot stones. By appointment only, Tue–Sat 10–7. Massage only, no extras, please respect that. 07555 013 456"""),
    ("escort", """NEW PHOTOS 📸 and a new website! Still the same Jess, 31, companion for dinners and weekends in Edinburgh. I set my own boundaries and rates; no agency, no manager. Contact: jess@companion.example 💋"""),
    ("other", """New salon opening! ✂️ Glow Hair & Nails opens its doors on 2 June at 55 Queen Street. New stylists, new look, same friendly service. 20% off all treatments in the first week. Book on 555-0135."""),
    ("other", """Room to rent in a new apartment, Salford Quays. Double room, own bathroom, bills included, £750/month. Looking for a tidy working professional. No agency fees. Viewings this weekend – message Dan."""),
    ("other", """FOR SALE: 2014 Honda Jazz 1.4, 78k miles, full service history, new tyres, MOT till Oct. £5,200 ono. Cash or bank transfer on collection. Call 555-0174 after 6pm."""),
    ("job", """Delivery drivers – own van required. Work with Swiftparcel in the Leeds area, €/£ per drop, paid weekly into your bank account. We check right to work in the UK at induction. Apply: drivers.swiftparcel.example"""),
    ("job", """Au pair in Norway – registered programme
Families are matched through the official au pair scheme (UDI residence permit). The host family pays your pocket money (NOK 6,200/month), Norwegian course and health insurance; you travel and apply for your own permit. No fees to the au pair. Read your rights at udi.example before signing."""),
    ("other", """Lost dog 🐶 in Riverside Park, answers to 'Biscuit', brown terrier, new red collar. Reward! Please call 555 0188."""),
    ("job", """Summer camp counsellors (USA, J-1) – Camp Pine Lake, New Hampshire. You apply through your home-country sponsor, pay your own flight, and receive $2,400 for the season. Interview required by video. camp-pinelake.example"""),
    ("escort", """Brunette travel companion, 27, based in London. I do not tour and I don't work with agencies. GFE dinner dates, 2h minimum. Verified reviews on my site. Text only 07555 012 222 💋"""),
    ("job", """Kitchen porter, Hotel Marina (Brighton) — 40 hrs, £12.10/hr, meals on shift, staff accommodation available at £90/week if you want it (optional, separate tenancy). Contract and payslips from day one."""),
]

# Second pass: OCR noise, cues buried in long text, and benign uses of risky words.
ADS += [
    ("job", """HOTEL & RESORT JOBS — MALDIVES / SEYCHELLES
Tropical Horizons Recruitment is proud to support island resorts with hard-working, friendly staff. Our partners are luxury 5-star properties with 80–200 villas, spa, dive centre and several restaurants.

POSITIONS: room attendants, laundry, gardeners, commis chefs, stewards, bar helpers.

REQUIREMENTS: basic English, good health, willingness to live on an island for 12 months. Hospitality experience preferred but [[dec:we also take complete beginners at the same salary of USD 1,400 net]].

PACKAGE: service charge, meals in staff canteen, uniforms, medical insurance on site. [[trv:We book the flight to Malé and the speedboat transfer]].

PROCESS: after a short call we send the offer letter. [[fee:A refundable guarantee deposit of USD 600 secures your place in the next batch]] — this shows the resort you are serious. [[wc:Your passport is handed to HR on arrival and returned when you finish the contract]].

Offices: none at the moment, we work 100% online. Contact our recruiter on WhatsApp."""),
    ("job", """W0RKERS WANTED F0R S0LAR PANEL INSTALLATI0N
L0cati0n: Spain / Portugal
Pay: €2.800 /month
[[dec:N0 experience. N0 language. Start in 3 days]]
[[trv:Ticket + h0stel pr0vided]]
[[fee:Medical + insurance 190 EUR paid by candidate bef0re travel]]
Call / Viber: +351 555 019 042"""),
    ("escort", """🌸🌸🌸 Hey there, it's Rosa 🌸🌸🌸
Curvy Latina, 26, funny, great listener, loves wine and good music 🍷🎶 I offer relaxing company, dinner dates and a bit of fun. Incall in a quiet flat near Piccadilly, clean towels, free parking, shower available. Outcall to hotels for 2h+. [[rm:Available 24/7, any time day or night]], just call. Rates: 30min 90 · 1h 150 · 2h 280 · overnight ask. No texts from withheld numbers please 🙏 07555 014 881 🌸"""),
    ("other", """New in town and looking for a running buddy! 🏃‍♀️ Just moved to Cardiff for a new job, usually run 5–10k along the Taff Trail on weekday evenings. Any pace welcome."""),
    ("other", """24/7 emergency locksmith – no call-out fee, 30 minute response across Nottingham. Lockouts, broken keys, uPVC doors. Fully insured, DBS-checked. 555-0163"""),
    ("other", """Fresh farm eggs and new potatoes for sale at the gate, Saturday mornings. Honesty box, £2.50 a dozen."""),
    ("job", """Fruit picking in Australia (Working Holiday visa holders). Sunny Acres Orchard, Shepparton VIC, ABN 55 555 012 345. Piece rates with a guaranteed minimum hourly rate under the Horticulture Award. You arrange your own visa, travel and accommodation in Shepparton. We never hold passports or ask for bond payments."""),
]

# Third pass: long ads where the risk is one sentence among many, and long hard negatives.
ADS += [
    ("job", """Care Assistant – Residential Home (Days/Nights) – Leicester

Who we are
Oakfield House is a 42-bed family-run care home rated "Good" by the regulator. We support older people living with dementia and physical frailty, and we pride ourselves on a homely atmosphere where staff know every resident by name.

About the role
You'll help residents with personal care, meals, mobility and activities, record care notes on our digital system and work closely with nurses and families. Shifts are 12 hours, three or four per week, with a rota published six weeks ahead.

What you need
• A caring, patient attitude and good spoken English
• Care Certificate or NVQ Level 2 (we can support you to get it)
• Enhanced DBS (we pay for this)

What we offer
£12.40–£13.10 per hour, paid training, free meals on shift, pension, 28 days holiday, refer-a-friend bonus of £250.

Sponsorship
We hold a sponsor licence and can sponsor overseas candidates. [[fee:Sponsored workers reimburse the Certificate of Sponsorship and Immigration Skills Charge (about £1,500) through monthly payroll deductions over the first year]].

Apply with your CV to jobs@oakfieldhouse.example or call 555-0121 and ask for Priya."""),
    ("job", """Personal Assistant to a Private Family – Central London

A private family office is seeking an organised and discreet Personal Assistant to support a busy household: diary management, travel bookings, liaison with staff and suppliers, event planning and occasional travel with the family.

Candidate profile
• Excellent written and spoken English; a second language is a plus
• Proficient in Microsoft Office and comfortable with new apps
• Calm under pressure and able to keep confidences
• [[vul:Female, aged 20–27, slim and very well presented, unmarried]]

Package
£45,000–£55,000 depending on experience, lunch provided, 25 days holiday.

Please send your CV with a recent photograph. Only shortlisted applicants will be contacted."""),
    ("escort", """🌺✨💋 Hello lovely gents 💋✨🌺

I'm Bella, 27, a bubbly blonde with a warm smile and a naughty sense of humour 😉 Perfect for a relaxed chat over a glass of wine, a dinner date or a lazy afternoon together. I love good manners, good music and men who make me laugh 🥂🎶

📍 Incall: a clean private flat near Leeds station, easy parking
🚗 Outcall: hotels and homes within 10 miles
🕘 Most days from 11am to late, please book at least an hour ahead
💷 30min 100 · 1h 160 · 2h 300 · dinner date ask

[[mob:Only here until Sunday, then back to Birmingham]], so don't miss me 😘
📲 07555 018 320 – texts preferred, no withheld numbers"""),
    ("escort", """★ ★ ★ PARADISE SPA ★ ★ ★ open daily 🌴 Relax after a long day! Aromatherapy, hot stones, four-hands, Thai and Swedish. Clean rooms, showers, free tea ☕ Parking at the back. [[tpc:Our ladies are all professional and friendly, ask the receptionist which girl is free]]. From £40 / 30 min. Walk-ins welcome. ☎ 555 0150"""),
    ("job", """so u want the job or not? 😅 [[opq:first send me clear photo of ur passport and ID front and back, then i tell u the company]]"""),
    ("job", """Software Test Engineer – Relocation to Lisbon
Northsea Digital Lda (NIPC 555 123 789) builds booking software for 400 hotels. We're hiring a QA engineer to own our automated test suites (Python, Playwright) and release process. Three interview rounds: recruiter call, technical exercise, team chat.
We pay a relocation allowance of €3,000 after you start; you book your own flights and find your own flat (we share a list of rental agencies). Salary €42–50k. No agency or candidate fees at any stage."""),
    ("escort", """Hi gentlemen 🌷 I'm Sophie, 33, an independent companion living in Brighton. I'm educated, chatty and well travelled, and I enjoy unhurried dates: coffee, a walk on the seafront, dinner or a quiet evening in. I work on my own terms: I choose who I see, set my own boundaries and take bookings only when I feel like it. Screening is required for a first meeting (name and a reference from another provider, or a small deposit). Rates on request. Please be respectful in your first message 💌 sophie@companion.example"""),
]

# Fourth pass: long agency-style escort ads, buried youth cues, chatty recruiter messages.
ADS += [
    ("escort", """♛ ♛ VELVET ROSE COMPANIONS ♛ ♛ Manchester · Salford · Stockport
[[tpc:Meet our stunning ladies]] 💃 [[tpc:Kira (23, Latvia), Dasha (21, Moldova) and Nicole (24, Hungary)]] – elegant, friendly and always smiling 😍
✔ Dinner dates ✔ Hotel visits ✔ Overnight
💷 1h 140 · 2h 260 · overnight 800
🚗 [[tpc:Our driver brings the lady to your door within 40 minutes]]
[[rm:All girls available 24 hrs, 7 days, no need to book ahead]]
📞 Bookings: 555-0190 (reception)"""),
    ("escort", """🍓🍓 Hiii it's Poppy 🍓🍓 Sweet, petite and giggly, I love pink, bubble tea and long cuddles 🧋💕 [[min:Just turned 18 last month]] 🎀 Incall in a cosy flat in Luton, outcall to hotels. 30min 80 · 1h 130. Snapchat or text 07555 019 344 🍓"""),
    ("job", """hey bro 👋 job in Poland still open!! warehouse, 1100 euro netto. [[trv:we do ur visa + bus ticket + room]], [[fee:u just send 400 euro deposit for the invitation letter]] 🙏 [[dec:no need exp, u leave in 7 days]] ok?"""),
]

# Fifth pass: hard negatives that use the vocabulary of the signals.
ADS += [
    ("job", """Warehouse Team Member – Nights – Daventry
No experience needed: full paid training in your first two weeks, including forklift training if you want it. £12.45/hr plus £1.50 night premium, 4 on / 4 off. Staff canteen, free parking, pension. We'll check your right to work in the UK on your first day. Apply online in 5 minutes at jobs.midlandsdc.example"""),
    ("other", """Know the signs 🛑 Has your employer taken your passport? Are you paying off a debt for your job or travel? Can you not leave your accommodation? You have rights. Call the free, confidential helpline 0800 555 0100, 24 hours a day, in over 100 languages."""),
    ("escort", """Petite brunette, 31, small but mighty 😉 Independent, own flat in Bath, I choose my dates and my hours. Tea, chats and good company. Text with your name first please. 07555 011 870"""),
]

# Sixth pass: long, market-specific ads that do not mirror the other languages.
ADS += [
    ("job", """J O B S   I N   C A N A D A   &   N E W   Z E A L A N D
(scanned flyer) — FARM • MEAT PROCESSING • TRUCK DRIVERS • CARE AIDES
Earn CAD 25-32/hr  |  NZD 28/hr
* Open work permit proc essing  *  LMIA approved empl0yers
[[trv:* We handle permit , flight and first month housing *]]
Requirements : age 21 - 50 , basic English , no criminal rec0rd
[[dec:N0 IELTS needed . No interview with employer . Visa in 3 weeks guaranteed]]
STEP 1 : registration + file opening
[[fee:STEP 2 : pay CAD 1 ,200 "processing" before visa]]
STEP 3 : fly !!
[[opq:Contact : Mr. Kelvin , WhatsApp only , +1 555 0108 (no office visits)]]"""),
    ("escort", """📅 UPDATED SCHEDULE 📅 — [[tpc:Hi, I'm Nadia's booker and I manage all her appointments]].
Nadia is 25, a petite Ukrainian beauty with long dark hair and a gentle personality 🌷 She speaks some English, so please keep messages simple.
[[mob:Mon–Tue Birmingham · Wed–Thu Coventry · Fri–Sun Leicester]]
[[rm:She sees clients back to back all day, every day, I decide the bookings]].
Rates: 30min 90 / 45min 110 / 1h 140. Deposit required. [[tpc:Text ME on 555-0145, not her]]."""),
    ("job", """Night Receptionist – brand-new 120-room hotel opening in March (Glasgow Merchant City)
Be part of the opening team at The Wynd Hotel, a new boutique hotel run by Caledonia Inns Ltd (SC555012). Our front desk runs 24/7, so we're looking for a calm, friendly night receptionist to look after guests from 10pm to 8am, four nights a week.
You'll check guests in and out, handle late arrivals and phone calls, run the night audit and keep the lobby safe and welcoming. Full training on our property system is given; hotel experience is helpful but not essential.
We offer £13.00/hr plus night allowance, a meal on every shift, free stays for you and family at our sister hotels, and a proper contract from day one. Interviews are held at the hotel. Apply at careers.caledoniainns.example"""),
]

# Seventh pass: chat transcripts, long independent ads, single buried cues.
ADS += [
    ("job", """[09:14] Recruiter: hello dear, you applied for the cleaning job?
[09:15] Me: yes, is it in London?
[09:15] Recruiter: yes, hotel in Central London, 12 pounds per hour, 48 hours a week
[09:16] Me: ok what do I need
[09:17] Recruiter: [[trv:we do your visa and ticket, you stay in our house with other workers]]
[09:17] Recruiter: [[wc:rent is 120 per week, we take it from your pay every Friday]]
[09:18] Me: can I see the contract?
[09:19] Recruiter: [[dec:no contract needed, trust me, my people are there already]] 😊"""),
    ("escort", """✨💕 Hello gentlemen, Lucy here 💕✨
Bubbly redhead, 29, freckles and a big laugh 😄 I love cocktails, old films and long conversations. GFE dinner dates, weekends away, or a relaxed evening in at my place 🍸🎬
📍 Incall: tidy apartment in Clifton, Bristol · 🚗 Outcall: hotels only
💷 1h 170 · 2h 320 · dinner date 4h 550 · overnight 1,200
📝 New photos up on my website this week, all recent and unedited 📸
I screen every new client and I'm happy to say no if something doesn't feel right. Independent, no agency, no manager 🙏 lucy@indie.example"""),
    ("escort", """💋 Tia 💋 Caribbean cutie, 24, curvy and cheeky 😜 Incall near Brixton, showers, parking. 30min 80 · 1h 140. Friendly, chatty, good vibes only ✌️ [[rm:No days off, I'm always available, whatever you want I have to say yes]] 📲 07555 016 012"""),
]

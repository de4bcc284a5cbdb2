"""French challenge ads, written by hand (France, Belgium, West Africa, Canada). Markers: [[code:evidence]]."""

ADS = [
    ("job", """OFFRE D'EMPLOI – OUVRIERS AGRICOLES (H/F) – SAISON 2027

Présentation
Groupement d'exploitations maraîchères dans le Vaucluse, nous recrutons pour la récolte des melons et des cerises.

Missions
Cueillette, tri, conditionnement. Travail en extérieur, port de charges.

Conditions
- 35 h/semaine + heures supplémentaires majorées
- [[trv:Nous organisons le transport depuis le Maroc et le logement sur place]]
- [[fee:Frais de dossier et de visa de 900 € à la charge du candidat]]
- [[wc:Le loyer et les repas sont retenus directement sur la paie]]

Candidatures par WhatsApp uniquement au +33 6 55 55 01 23"""),
    ("job", """Bjr ma sœur 🙏 [[opq:g 1 travail pour toi o Liban, écris moi en privé]] [[dec:tu gagnes 600 dollars par mois nourrie logée, pas besoin d'expérience]] [[trv:je m'occupe du billet et du visa]] [[fee:tu rembourses avec tes premiers salaires]] [[vul:il faut être jeune et pas mariée]]"""),
    ("job", """RECHERCHE HÔTESSES pour bar à Dubaï 🍾 [[vul:jeunes filles 18-25 ans, jolies, minces]] [[dec:salaire 4000 € net + pourboires, sans contrat]] [[trv:billet d'avion et appartement fournis]] [[opq:envoyez photos en pied et passeport par Telegram]]"""),
    ("job", """Travail dans le bâtiment en Belgique, [[vul:pas besoin de papiers]]. [[trv:On vient vous chercher à la gare du Midi]]. [[wc:Vous dormez sur le chantier]] et [[wc:la paie est versée à la fin du chantier]]. [[wc:Le chef garde les passeports]]. [[opq:Appelez Momo, pas de nom de société]]."""),
    ("job", """💸 TRAVAIL À DOMICILE 💸 [[dec:gagnez 300 € par jour en saisie de données]], [[dec:sans diplôme, sans entretien]]. [[fee:Kit de démarrage 39 € remboursé]]. [[opq:Contact sur WhatsApp seulement]]."""),
    ("job", """Aide-soignantes pour le Canada 🇨🇦 [[trv:Nous montons le dossier de permis de travail et réservons le vol]]. [[fee:Frais de placement 2 500 $ prélevés sur le salaire]]. [[dec:Départ garanti en 15 jours]]. [[opq:Réponse uniquement en message privé]]."""),
    ("job", """Recrute femmes de ménage pour familles en Arabie Saoudite. [[fee:Frais d'inscription 150 000 FCFA]]. [[trv:Billet et visa pris en charge par l'agence]]. [[wc:La famille garde le passeport pendant les deux ans]]. [[wc:Pas de sortie sans autorisation]]. Abidjan, Adjamé."""),
    ("job", """Serveuses pour restaurant en Italie, [[vul:célibataires sans enfants de préférence]]. [[dec:1 800 € net facile, aucune expérience]]. [[trv:On vous loge]], [[wc:le logement est déduit]]. [[opq:Envoyez une photo et une copie de la carte d'identité avant l'entretien]]."""),
    ("job", """salut, [[dec:job en Thaïlande service client, 2 000 $ + bonus, pas d'expérience]], [[trv:on avance ton billet pour Bangkok]] et [[fee:on retient le prix du billet sur les 3 premiers salaires]], [[opq:nom de la société confidentiel, on parle sur Telegram]]"""),
    ("job", """Ouvriers d'usine pour la Pologne. [[trv:Permis de travail, bus et foyer organisés]]. [[fee:Frais de recrutement de 700 € à payer avant le départ]]. [[wc:Impossible de changer d'employeur pendant le contrat]]."""),
    ("escort", """💋✨ [[mob:NOUVELLE À PARIS]] ✨💋 Coucou, moi c'est Jade, 23 ans, brésilienne 🇧🇷 [[mob:de passage quelques jours seulement]] ! Reçois Paris 15e, me déplace en hôtel. 06 55 55 01 47"""),
    ("escort", """🌹 [[tpc:Nos filles vous attendent]] 🌹 [[tpc:Ana, Mila et Dora]], [[mob:nouvelles arrivées de Roumanie]] 🇷🇴 [[rm:Ouvert 24 h/24]], [[rm:uniquement sur place]]. [[tpc:Demandez la responsable]] 07 55 55 01 90"""),
    ("escort", """[[min:Petite jeunette toute fraîche]] 🍭🎀 [[min:tout juste 18 ans]], [[min:style écolière]], [[mob:première fois à Lyon]]. [[tpc:Rendez-vous avec son ami]] 06 55 55 01 13. [[rm:Sans limites]]."""),
    ("escort", """Salon de massage asiatique 🌸 [[tpc:3 nouvelles masseuses]] [[mob:cette semaine seulement]] ! [[rm:Les filles logent au salon]], [[rm:ouvert 9 h – 2 h 7j/7]]. Près de la gare de Lille-Flandres."""),
    ("escort", """TOURNÉE 💎 Élodie, escorte de luxe 💎 [[mob:Bruxelles 4-6 / Genève 7-9 / Monaco 10-12 juin]]. Dîners et week-ends. Réservation la veille. elodie@tournee.example"""),
    ("escort", """c o u c o u  [[tpc:elle est dispo]] [[min:17 ans]] photos réelles [[mob:arrivée hier du Nigeria]] [[tpc:appelez Steve]] zéro six cinq cinq cinq cinq zéro un deux"""),
    ("escort", """Moi c Léa 😘 [[rm:dispo 24h/24]], [[rm:je ne me déplace pas, je reçois uniquement dans l'appart où je vis avec les autres]] 💋 [[mob:juste cette semaine à Marseille]] 🌹"""),
    ("escort", """AG3NCE PRIVÉE 🍒 [[tpc:notre chauffeur vous amène la fille]], [[min:des toutes jeunes]] 💕 [[tpc:l'agence choisit pour vous]]. [[rm:Elles n'ont pas le choix des clients]]. 07 55 55 01 55"""),
    ("job", """Mission d'aide à domicile en Suisse. [[trv:Voyage et hébergement organisés]]. [[fee:Caution de 400 CHF à verser à l'agence]]. [[wc:Salaire versé en une fois après 3 mois]]."""),
    ("job", """Récolte de fraises au Québec – Programme des travailleurs étrangers temporaires, Ferme Bellevue inc. (NEQ 5550123456). [[trv:L'employeur paie le billet d'avion aller-retour et fournit le logement]]. Aucuns frais de recrutement ne peuvent être exigés du travailleur."""),
    ("job", """Infirmiers pour hôpitaux en Belgique – Agence agréée n° 555 (Région wallonne). [[trv:Nous prenons en charge le permis, le voyage et le premier mois de logement]]. Le service est entièrement gratuit pour le candidat."""),
    # --- négatifs
    ("job", """COMPTABLE CONFIRMÉ(E) – CDI – NANTES

L'entreprise
Atelier Loire SAS (SIREN 555 123 987), fabricant de mobilier de bureau, 120 salariés.

Vos missions
• Tenue de la comptabilité générale et fournisseurs
• Préparation des déclarations de TVA
• Participation aux clôtures mensuelles et annuelles

Profil recherché
Bac+3 en comptabilité (DCG), 3 ans d'expérience minimum, maîtrise de Sage.

Rémunération et avantages
36-40 k€ brut annuels, tickets restaurant, mutuelle, RTT, 13e mois.

Processus : entretien RH puis entretien avec le DAF. Postulez sur atelierloire.example/recrutement."""),
    ("job", """Boulangerie du Marché recrute vendeur/vendeuse en CDD de 6 mois, 28 h/semaine, SMIC horaire. Se présenter avec CV au 5 place du Marché, Angers."""),
    ("job", """Agence d'intérim Horizon Emploi, n° d'enregistrement 555 000 123. Nous recrutons des caristes CACES 3 pour Saint-Étienne. Aucun frais n'est demandé aux intérimaires ; nous ne conservons jamais vos papiers d'identité."""),
    ("job", """⚠️ Attention aux fausses offres ! La société Transports Dumas ne demande jamais d'argent pour un recrutement et ne vous contacte jamais par WhatsApp pour un emploi à l'étranger. Offres officielles : dumas.example/emplois."""),
    ("escort", """Bonjour, je suis Claire, 36 ans, masseuse et accompagnatrice indépendante à Bordeaux 🌸 Je choisis mes horaires et mes rendez-vous. Pas d'agence. 1 h 200 €. Contact par mail : claire@prive.example"""),
    ("escort", """✨ Nouvel appartement, même Manon ✨ J'ai emménagé dans un studio plus calme près du Capitole. Toujours indépendante, 31 ans, sans intermédiaire. Prenez rendez-vous la veille 💋"""),
    ("escort", """Massage bien-être par Sophie (45 ans), praticienne diplômée, cabinet à Toulouse. Massage suédois et californien. Uniquement massages professionnels, sur rendez-vous."""),
    ("other", """Ouverture d'un nouveau salon de coiffure 💇 rue de la République ! Coupes, couleurs, barbier. -20 % toute la première semaine."""),
    ("other", """Loue chambre dans appartement neuf, quartier Croix-Rousse, 520 € charges comprises. Pour étudiant(e) ou jeune actif. Pas de frais d'agence."""),
    ("other", """Vends Renault Clio IV 2015, 110 000 km, contrôle technique OK, pneus neufs. 7 200 € à débattre."""),
    ("job", """Professeur de français langue étrangère pour l'Alliance Française de Lyon, 20 h/semaine, contrat de 10 mois. Master FLE exigé. Entretien et leçon d'essai."""),
    ("escort", """Moi c'est Inès, 29 ans, escorte indépendante à Paris depuis 6 ans 💋 Je travaille seule, à mon rythme, et je sélectionne mes clients. Dîners, soirées. Pas de numéros masqués."""),
    ("other", """Donne chaton de 3 mois, vacciné, contre bons soins. Quartier Saint-Michel."""),
    ("job", """Chauffeurs-livreurs en CDI chez Colis Express, Rennes. Permis B exigé, 1 900 € brut, paniers repas. Entretien en agence."""),
    ("job", """Saisonniers en Suisse – Hôtel des Alpes SA cherche commis de cuisine pour l'hiver. Les candidats doivent avoir le droit de travailler en Suisse (UE/AELE) et s'occuper eux-mêmes du voyage et du logement."""),
    ("other", """Cours de guitare à domicile, tous niveaux, 25 € l'heure. Premier cours offert. Appelez Julien."""),
    ("escort", """Coucou, Nadia, 34 ans, je vis à Nice et je reçois seule dans mon appartement, en toute discrétion. Je fixe mes règles et mes tarifs. Sur rendez-vous uniquement 🌹"""),
]

# Deuxième passe : bruit OCR, indices noyés dans des textes longs, emplois anodins de mots à risque.
ADS += [
    ("job", """RECRUTEMENT – VENDANGEURS / TAILLEURS DE VIGNE (Champagne)
Notre prestataire de services viticoles intervient dans plus de 60 domaines autour d'Épernay. Nous cherchons des équipes pour les vendanges puis pour la taille d'hiver. Travail physique en extérieur, équipes de 10 à 15 personnes encadrées par un chef d'équipe.
[[trv:Nous venons chercher les équipes en minibus depuis la Bulgarie et nous fournissons un hébergement collectif]]. [[wc:L'hébergement, le transport et les repas sont retenus sur chaque paie]], [[wc:le solde est versé en fin de saison]].
Pièces à fournir : photo de la carte d'identité envoyée par Messenger au responsable."""),
    ("job", """0FFRE D'EMPL0I – LUXEMB0URG
Agent d'entretien – 2 400 €
[[dec:Sans expérience, sans entretien, départ immédiat]]
[[fee:Frais de dossier 150 € par Western Union]]
[[opq:Contact : recrutement.lux@example.net uniquement]]"""),
    ("other", """Nouvelle à Rennes 👋 je cherche des partenaires de badminton le mardi soir, niveau débutant/intermédiaire."""),
    ("other", """Dépannage serrurerie 24 h/24 à Lyon, intervention en 30 minutes, devis gratuit, artisan assuré."""),
]

# Troisième passe : annonces longues avec un seul indice, négatifs longs.
ADS += [
    ("job", """AGENT D'ACCUEIL EN HÔTEL 4* (H/F) – NICE

L'établissement
Hôtel de 120 chambres face à la mer, clientèle internationale d'affaires et de loisirs.

Vos missions
• Accueil des clients, check-in/check-out
• Gestion des réservations et des demandes particulières
• Encaissements et tenue de la main courante

Profil
• Anglais courant, une 3e langue est un plus
• Maîtrise d'un logiciel hôtelier (Opera idéalement)
• [[vul:Femme de moins de 25 ans, célibataire, grande et mince, photo en pied obligatoire]]

Conditions
CDI 39 h, 1 950 € brut + primes, repas pris en charge, mutuelle.

Envoyez CV et photos."""),
    ("escort", """💋🌹✨ Bonsoir messieurs ✨🌹💋
Je suis Amira, 26 ans, douce, pétillante et très câline 😘 J'adore les longues discussions, un bon verre de vin et les rencontres sans chrono 🍷
📍 Appartement discret et propre près de la gare Saint-Charles
🚕 Déplacements hôtels uniquement
💶 30 min 120 · 1 h 200 · soirée sur demande
[[tpc:Rendez-vous à prendre auprès de mon manager Karim, c'est lui qui répond]] 📲 07 55 55 02 31"""),
    ("job", """bonjour, [[opq:avant l'entretien envoie-moi une photo de ton passeport et de ton titre de séjour ici sur WhatsApp]], je te dis ensuite le nom de l'entreprise 👍"""),
    ("job", """DATA ANALYST – INSTALLATION À MONTRÉAL (Canada)
Érable Analytique inc. (NEQ 5551234567), 80 employés, recrute un(e) analyste de données SQL/Python pour son équipe produit. Processus : entrevue RH, étude de cas, rencontre avec l'équipe.
Salaire 78–88 k$ CA, assurances collectives, 4 semaines de vacances. Une allocation de déménagement de 3 000 $ est versée après l'embauche ; le ou la candidat(e) doit déjà détenir un permis de travail valide et organise lui-même son voyage et son logement. Aucuns frais pour les candidats."""),
    ("escort", """Bonjour, je suis Hélène 🌷 38 ans, accompagnatrice indépendante à Lyon depuis longtemps. J'aime les rendez-vous tranquilles : un café, un dîner, une conversation. Je choisis qui je rencontre, mes horaires et mes limites — sans agence ni intermédiaire. Pour un premier rendez-vous je demande un prénom et une référence. Tarifs par message. Merci d'être courtois 💌"""),
]

# Quatrième passe : agences à la troisième personne, indices d'âge noyés, messages de recruteurs.
ADS += [
    ("escort", """✦✦ AGENCE ÉLÉGANCE ✦✦ Paris · La Défense · Versailles
[[tpc:Découvrez nos demoiselles]] 💃 [[tpc:Irina (22, Ukraine), Bianca (23, Roumanie) et Liza (21, Moldavie)]] – élégantes, souriantes et discrètes 😍
✔ Dîners ✔ Hôtels ✔ Nuits
💶 1 h 250 · 2 h 450 · nuit 1 200
🚗 [[tpc:Notre chauffeur la dépose à votre hôtel en 30 minutes]]
[[rm:Toutes disponibles jour et nuit, sans réservation]]
📞 Réservations : 07 55 55 01 91 (standard)"""),
    ("escort", """🍓🍓 Coucouuu c'est Lili 🍓🍓 douce, menue et rigolote, j'adore le rose, les bonbons et les câlins 🍬💕 [[min:Je viens d'avoir 18 ans]] 🎀 Reçois à Saint-Denis, me déplace en hôtel. 30 min 80 · 1 h 140. SMS 07 55 55 03 44 🍓"""),
    ("job", """wesh frérot 👋 le taf en Allemagne est toujours dispo !! entrepôt, 1 900 € net. [[trv:on te fait le visa, le billet et la chambre]], [[fee:t'envoies juste 350 € d'avance pour le contrat]] 🙏 [[dec:pas besoin d'expérience, tu pars dans 8 jours]] ça marche ?"""),
]

# Cinquième passe : négatifs difficiles avec le vocabulaire des signaux.
ADS += [
    ("job", """Employé(e) de mise en rayon – équipe de nuit (Villepinte). Débutants acceptés : formation rémunérée les deux premières semaines. 1 850 € brut + majoration de nuit, CDI après période d'essai. Postulez sur le site de l'enseigne."""),
    ("other", """Votre employeur a gardé votre passeport ? Vous remboursez une dette pour votre travail ou votre voyage ? Vous ne pouvez pas sortir de votre logement ? Vous avez des droits. Appelez gratuitement et anonymement le 0 800 555 010, 24 h/24."""),
    ("escort", """Menue et brune, 34 ans 😉 indépendante, appartement à moi à Montpellier, je choisis mes rendez-vous et mes horaires. Thé, discussion et bonne compagnie. Écrivez d'abord avec votre prénom."""),
]

# Sixième passe : annonces longues propres à chaque marché.
ADS += [
    ("job", """📢 BOURSE DE TRAVAIL AU CANADA – SESSION DE DAKAR 📢
Le cabinet « Horizons Nord Conseil » organise des recrutements pour des entreprises canadiennes : soudeurs, aides-soignants, ouvriers de boucherie, chauffeurs poids lourds. Salaire de 22 à 30 $ CA de l'heure.
Conditions : 21 à 45 ans, niveau BFEM minimum, passeport valide.
[[trv:Nous constituons le dossier de permis de travail et réservons le billet]]. [[dec:Visa garanti en 45 jours, pas besoin de test de langue]].
[[fee:Frais d'ouverture de dossier 350 000 FCFA et frais de garantie 500 000 FCFA à verser avant l'entretien]].
[[opq:Le cabinet n'a pas de bureau : les paiements se font par Wave au numéro de la coordonnatrice]] 77 555 01 23."""),
    ("escort", """🌹 SALON PRIVÉ « LE JASMIN » – Bruxelles, quartier Nord 🌹
[[tpc:Cette semaine nous vous présentons]] : ✨ Mira, 24, roumaine · ✨ Sasha, 22, bulgare · ✨ Diana, 26, albanaise
[[mob:Arrivées lundi, elles repartent pour Anvers samedi]]
[[rm:Elles sont logées sur place et disponibles de midi à 4 h du matin]]
Tarifs : 30 min 80 € · 1 h 150 €. [[tpc:Prise de rendez-vous auprès de Madame Sonia]] 0470 55 50 12"""),
    ("other", """FORUM DE L'EMPLOI – Mairie de Villeurbanne
Jeudi 14 mars, de 9 h à 17 h, au Palais du Travail : 50 entreprises locales (logistique, commerce, santé, BTP, restauration) et France Travail vous accueillent. Ateliers CV, simulations d'entretien et point d'information sur le droit du travail.
Entrée libre et gratuite. Rappel : aucune entreprise n'a le droit de vous faire payer une offre d'emploi ou une formation obligatoire. Renseignements au 04 55 55 01 40 ou forum@villeurbanne.example"""),
]

# Septième passe : conversations, annonces indépendantes longues, un seul indice noyé.
ADS += [
    ("job", """[10:02] Recruteur : bonjour ma sœur, tu cherches toujours du travail ?
[10:03] Moi : oui, c'est quoi ?
[10:03] Recruteur : ménage dans un hôtel à Dubaï, 900 dollars par mois
[10:04] Moi : et le visa ?
[10:05] Recruteur : [[trv:je m'occupe du visa et du billet, quelqu'un t'attend à l'aéroport]]
[10:05] Recruteur : [[fee:tu me rembourses 1,5 million de FCFA sur tes salaires]]
[10:06] Moi : il y a un contrat ?
[10:07] Recruteur : [[dec:pas besoin de contrat, fais-moi confiance]] 😉"""),
    ("escort", """✨💕 Bonsoir messieurs, c'est Lou 💕✨
Rousse, 30 ans, taches de rousseur et grand éclat de rire 😄 J'aime les cocktails, les vieux films et les longues conversations. Dîners, week-ends ou soirée tranquille chez moi 🍸🎬
📍 Appartement cosy dans le Vieux-Lille · 🚗 Déplacements en hôtel uniquement
💶 1 h 200 · 2 h 380 · dîner 4 h 650 · nuit 1 300
📝 Nouvelles photos sur mon site cette semaine, toutes récentes et sans retouche 📸
Je filtre chaque nouveau client et je dis non si quelque chose ne me plaît pas. Indépendante, sans agence ni manager 🙏 lou@indie.example"""),
    ("escort", """💋 Fatou 💋 métisse pétillante, 25 ans, pulpeuse et coquine 😜 Reçois à Saint-Ouen, douche, parking. 30 min 80 · 1 h 140. Souriante et bavarde ✌️ [[rm:Pas de jour de repos, c'est le patron de l'appart qui fixe mes horaires]] 📲 07 55 55 06 12"""),
]

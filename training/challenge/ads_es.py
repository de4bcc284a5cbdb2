"""Spanish challenge ads, written by hand (Spain and Latin America). Markers: [[code:evidence]]."""

ADS = [
    ("job", """OFERTA DE EMPLEO – CAMAREROS/AS PARA TEMPORADA EN CANARIAS

Descripción
Cadena hotelera busca camareros de sala y barra para la temporada de invierno en Lanzarote y Fuerteventura. Jornada completa con dos días de descanso semanales.

Ofrecemos
- Sueldo de 1.900 € netos + propinas
- [[trv:Te pagamos el vuelo desde tu país y te damos alojamiento compartido]]
- Comida en el hotel

Condiciones
[[fee:Para reservar tu plaza debes abonar 300 € de gestión de documentos]]. [[wc:El alojamiento se descuenta de la nómina]].

Interesados enviar CV por WhatsApp al +34 555 120 431"""),
    ("job", """Hola guapa!! vi tu perfil, [[opq:tengo un trabajo para ti en España, escríbeme al privado]] 😘 [[dec:ganas 3000 euros al mes sin experiencia]], [[trv:yo te mando el pasaje]] y [[fee:lo pagas después con tu sueldo]]. [[vul:Solo chicas jóvenes y solteras]]."""),
    ("job", """SE BUSCAN SEÑORITAS PARA TRABAJAR EN BAR DE COPAS EN PANAMÁ 🍸 [[vul:de 18 a 25 años, buena presencia]]. [[dec:Ganancias de 2.500 dólares semanales]], [[trv:boleto y hospedaje incluidos]]. [[opq:Mandar por Telegram 3 fotos (una de cuerpo entero) y el pasaporte escaneado]]."""),
    ("job", """Trabajo en el campo – recolección de fresa en Huelva. [[trv:Te buscamos en la terminal de autobuses y te llevamos a la finca]]. [[wc:Los papeles se quedan con el encargado hasta terminar la campaña]]. [[wc:Se paga todo al final de la temporada]]. [[vul:No hace falta tener papeles]]. Llamar a Jose 555 88 12 09."""),
    ("job", """¡¡EMPLEO URGENTE!! Operarios para fábrica en Alemania 🇩🇪 [[dec:Sin entrevista, sin idioma, salida inmediata esta semana]]. [[fee:Inscripción 120 € + seguro 80 €]] pagar en efectivo en nuestra oficina de Madrid. [[opq:Más info solo por mensaje privado]]."""),
    ("job", """Empleada doméstica interna para familia en Estados Unidos. [[trv:Nosotros arreglamos la visa y el boleto]]. [[fee:El costo de 4.000 dólares se descuenta de los primeros meses de sueldo]]. [[wc:No se permite salir de la casa los primeros 6 meses]]. [[wc:El pasaporte lo guarda la señora por seguridad]]."""),
    ("job", """trabajo desde casa 💻 [[dec:ganás 800 dólares por semana solo con tu celular]], [[dec:sin experiencia, sin horarios]] 🤑 [[fee:solo tenés que pagar la activación de 30 dólares]] [[opq:escribime al wsp 555 3311 0089 y te paso la info]]"""),
    ("job", """Modelos webcam / edecanes para trabajar en Colombia y México. [[vul:Chicas de 18 a 23, delgadas, sin hijos]]. [[trv:Te damos departamento y transporte]]. [[wc:Vives en la casa de la empresa y no puedes salir sin permiso]]. [[opq:Envía tus fotos por DM]]."""),
    ("job", """Se necesitan peones de obra para Chile. Buen sueldo. [[trv:El contratista paga pasajes y alojamiento]], [[wc:luego se descuentan 200 mil pesos al mes]]. [[opq:Contacto: Don Raúl, solo WhatsApp]]."""),
    ("job", """Hola! Te escribo de una agencia, [[dec:tenemos puestos en cruceros, no necesitas inglés ni experiencia]] 🛳️ [[fee:el curso obligatorio cuesta 450 dólares y lo pagas antes de embarcar]]. [[dec:Cupos limitados, sales en 10 días]]!"""),
    ("escort", """💋💋 [[mob:NOVEDAD EN LA CIUDAD]] 💋💋 Hola cariño soy Valeria, venezolana, 23 añitos 🔥 [[mob:recién llegada a Valencia, solo por 5 días]]!! Piso discreto zona Ruzafa, salidas a hotel. 📞 6 5 5 - 5 5 5 - 1 2 3"""),
    ("escort", """🌹 [[tpc:Chicas nuevas en nuestro piso]] 🌹 [[tpc:Tenemos colombianas, brasileñas y rumanas]] 💃 [[rm:Abierto 24 horas]] [[rm:solo en el piso]], [[rm:ellas no salen]]. [[tpc:Preguntar por la encargada]]. 555 210 877"""),
    ("escort", """[[min:Jovencita recién cumplida]] 🎀🍭 [[min:colegiala]] muy cariñosa, [[mob:primera vez en Madrid]]. [[tpc:Citas con su representante]] al 555 771 098. [[rm:Todo sin límites]]."""),
    ("escort", """Masajes relajantes orientales 🌸 [[tpc:4 masajistas nuevas cada semana]]. [[rm:Las chicas viven en el centro]], [[rm:abierto de 9 a 3 de la madrugada todos los días]]. Barrio de Gràcia, 555 430 212."""),
    ("escort", """GIRA 💎 Natalia, scort de lujo 💎 [[mob:Sevilla 2-4 / Málaga 5-7 / Marbella 8-10 de mayo]]. Cenas, viajes, acompañamiento. Reserva con antelación. natalia@gira.example"""),
    ("escort", """H O L A  A M O R E S  [[tpc:la nena esta disponible]] [[min:tiene 17]] [[mob:llegó ayer de Paraguay]] 📲 [[tpc:hablar con Marcos]] cinco cinco cinco uno dos tres cuatro"""),
    ("job", """Oferta: limpieza de hoteles en Portugal. [[vul:Ideal para personas sin papeles y madres solteras que necesitan dinero ya]]. [[dec:1.800€ al mes fácil]]. [[opq:La empresa no da su nombre por teléfono, todo por Viber]]."""),
    ("job", """Cuidador/a de personas mayores en Italia – [[trv:viaje en autobús y alojamiento organizado]]. [[fee:Tasa de colocación 600 € a pagar al llegar]]. [[wc:No puedes cambiar de familia durante el primer año]]."""),
    ("escort", """Cielo, soy Marta 💋 [[rm:disponible 24h]] [[rm:solo en mi piso donde vivo con otras compañeras, no hago salidas]] 🌹 [[mob:estoy de paso, solo esta semana]]. Wsp 555 901 223"""),
    ("escort", """M0DELOS VIP 🍒 [[tpc:nuestra agencia te lleva a la chica al hotel]], [[min:muy jovencitas]], [[min:18 recién]] 🍭 precios especiales. [[tpc:Llama al chofer]] 555 0 555 11"""),
    ("job", """AGRICULTURA EN CANADÁ – Programa de Trabajadores Agrícolas Temporales (PTAT)
La Secretaría del Trabajo selecciona jornaleros para granjas en Ontario. [[trv:El empleador cubre el boleto de avión y el alojamiento]]. El trámite es gratuito: ninguna persona ni agencia puede cobrarte por participar. Información en oficinas del Servicio Nacional de Empleo."""),
    ("job", """Estancia en Alemania: cuidadores de ancianos, empresa Pflegepartner GmbH (Registro HRB 55512, Colonia). [[trv:Organizamos y pagamos el vuelo, el visado y el primer mes de alojamiento]]. Curso de alemán gratuito. No cobramos ninguna tarifa a los candidatos."""),
    # --- negativos
    ("job", """ADMINISTRATIVO/A CONTABLE – JORNADA COMPLETA (Zaragoza)

Empresa: Suministros Ebro S.L., distribuidora de material eléctrico con 30 años en el sector.

Funciones
- Registro de facturas de proveedores y clientes
- Conciliaciones bancarias
- Apoyo en el cierre mensual y trimestral (IVA, IRPF)

Requisitos
- Grado en ADE o FP superior en Administración y Finanzas
- Experiencia mínima de 2 años en un puesto similar
- Manejo de Excel y de un ERP (valorable A3 o SAP)

Ofrecemos
Contrato indefinido, salario 24.000–27.000 € brutos anuales, horario de 8 a 16 h, 23 días de vacaciones.

Inscríbete en nuestra web suministrosebro.example/empleo"""),
    ("job", """Se busca dependiente/a para panadería en Ciudad Satélite, turno matutino, sueldo semanal de 2,200 pesos más prestaciones de ley. Presentarse con solicitud elaborada en Av. Siempre Viva 555."""),
    ("job", """Agencia de colocación autorizada nº 9900000555 (SEPE). Seleccionamos enfermeros/as para hospitales en Irlanda. Servicio gratuito para el candidato: nunca pedimos dinero, ni depósitos, ni nos quedamos con documentos. Entrevista por videollamada con el hospital."""),
    ("job", """⚠️ AVISO: circulan ofertas falsas a nuestro nombre pidiendo pagos por WhatsApp. Transportes Lucena nunca cobra por contratar ni pide copias del pasaporte por mensaje. Las vacantes reales están en lucena.example/empleo."""),
    ("escort", """Hola, soy Irene, 32 años, masajista y acompañante independiente en Bilbao desde hace años 🌸 Trabajo por mi cuenta, elijo mis horarios y a mis clientes. Solo con cita previa. 1h 150 €. Trato educado, por favor. irene@privado.example"""),
    ("escort", """✨ Nuevo apartamento, misma Carla ✨ Me mudé a un piso más cómodo en Chamberí. Sigo siendo independiente, 28 años, sin agencias ni intermediarios. Cita con un día de antelación 💋 655 555 012"""),
    ("escort", """Masaje terapéutico a domicilio, quiromasajista titulada (Lucía, 41). Descontracturante y deportivo. Solo masaje profesional. Lunes a viernes. 555 678 120"""),
    ("other", """¡Nueva peluquería en el barrio! 💇 Abrimos el sábado en Calle Mayor 12. Cortes, color y barbería. Descuento de inauguración del 15%. Te esperamos."""),
    ("other", """Alquilo habitación en piso nuevo, zona Nervión, 380 € gastos incluidos, para chica o chico trabajador. Sin fianza de agencia. Llamar tardes al 555 223 110."""),
    ("other", """Vendo Seat Ibiza 2016, 95.000 km, ITV pasada, ruedas nuevas. 6.900 € negociables. Solo interesados, no cambio."""),
    ("job", """Repartidores en moto para cadena de pizzerías en Guadalajara. Contrato, IMSS desde el primer día, se paga cada quincena en tu cuenta bancaria. Necesitas licencia de manejo vigente. Entrevista en sucursal Chapultepec."""),
    ("job", """Profesor/a de inglés para academia en Valencia. 25 h/semana, 1.350 € brutos, experiencia mínima 1 año y certificado CELTA. Enviar CV a rrhh@academiasol.example. Entrevista presencial y clase de prueba."""),
    ("escort", """Soy Daniela, colombiana, 27, vivo en Barcelona hace tres años ☺️ acompañante independiente, sin representante. Salidas a hotel y cenas. No atiendo números ocultos. 555 811 740 💋"""),
    ("other", """Se ofrece señora para limpieza por horas, con referencias, zona norte. 10 € la hora. Llamar a Rosa 555 320 441."""),
    ("job", """Temporada de verano en Croacia – hotel Adriatica d.o.o. busca cocineros. Los candidatos deben tener permiso de trabajo en la UE y encargarse por su cuenta del viaje y del alojamiento. Salario neto 1.600 €. Entrevista online."""),
    ("other", """Se regala cachorro mestizo, 3 meses, vacunado. Solo a familia responsable. Zona Chapinero, preguntar por Ana."""),
]

# Segunda tanda: ruido OCR, indicios dentro de textos largos y usos benignos de palabras de riesgo.
ADS += [
    ("job", """OFERTA – PERSONAL PARA PLANTA DE ENVASADO DE FRUTA (Murcia / Almería)
Empresa colaboradora del sector hortofrutícola busca 40 personas para campaña de otoño. Tareas: selección de fruta, encajado, paletizado y limpieza de línea. Turnos rotativos de mañana y tarde.
Se valora experiencia en almacén, pero no es imprescindible. Se facilita ropa de trabajo.
Alojamiento: [[trv:ponemos piso compartido y furgoneta para ir a la nave]]. [[wc:Los gastos de piso y transporte (250 € al mes) se descuentan de la nómina]], y [[wc:los primeros dos meses se cobra la mitad y el resto al acabar la campaña]].
Interesados mandar nombre, nacionalidad y foto del NIE o pasaporte al 555 734 118."""),
    ("job", """0FERTA DE TRABAJ0 EN P0RTUGAL
Cosecha de aceituna
Sueld0: 1.500 €/mes
[[dec:Sin experiencia, sin entrevista, salida el lunes]]
[[fee:Reserva de plaza 100 € por Bizum]]
Inf0: 555 640 912"""),
    ("other", """Nuevo en la ciudad 🙋‍♂️ busco gente para jugar al pádel los domingos por la mañana en Valencia, nivel medio. ¡Escribidme!"""),
    ("other", """Cerrajero 24 horas en Sevilla, urgencias sin recargo por desplazamiento. Apertura de puertas, cambio de cerraduras. Presupuesto sin compromiso."""),
]

# Tercera tanda: anuncios largos con un solo indicio y negativos largos.
ADS += [
    ("job", """DEPENDIENTE/A DE TIENDA DE MODA – CENTRO COMERCIAL (Madrid Norte)

¿Quiénes somos?
Marca española de moda joven con 60 tiendas en España y Portugal. Buscamos personas con pasión por la moda y el trato con el cliente.

Funciones
- Atención y asesoramiento al cliente
- Reposición y orden de la tienda
- Gestión de caja y probadores

Requisitos
- [[vul:Chica de 18 a 24 años, soltera, delgada y con muy buena imagen]]
- Disponibilidad de lunes a domingo con turnos rotativos
- Valorable experiencia en retail

Ofrecemos
Contrato de 30 horas, 1.050 € brutos, descuento del 40% en la marca, formación continua.

Envía tu CV con foto reciente."""),
    ("escort", """🌹💋✨ Hola cariños ✨💋🌹
Soy Paola, 25 años, morenaza, simpática y muy cariñosa 😘 Me encanta conversar, reír y pasar un buen rato sin prisas. Trato de novia, cenas, acompañamiento a eventos 🥂
📍 Piso privado y limpio junto a Plaza de España, parking cercano
🚕 Salidas a hoteles y domicilios
💶 30 min 70 · 1 h 120 · 2 h 220 · noche consultar
[[tpc:Para citas habla con mi amiga Loli, ella lleva mi agenda y mi teléfono]] 📲 555 812 034"""),
    ("job", """hola buenas, [[opq:para seguir con el proceso mándame por aquí una foto de tu DNI por las dos caras y un selfie]] y mañana te confirmo la empresa 😉"""),
    ("job", """INGENIERO/A DE MANTENIMIENTO – PLANTA EN MÚNICH (Alemania)
Kessler Antriebstechnik GmbH, fabricante de motores eléctricos, busca ingeniero/a de mantenimiento para su planta de Múnich. Buscamos experiencia de 3 años en mantenimiento industrial, nivel B1 de alemán o disposición a aprenderlo.
Ofrecemos contrato indefinido alemán, 58.000 € brutos anuales, curso de alemán pagado y una ayuda de traslado de 2.500 € tras la incorporación. El candidato organiza su viaje y su vivienda. Proceso: entrevista por videollamada con RR. HH. y con el jefe de planta. Sin costes para el candidato."""),
    ("escort", """Hola, soy Celia 🌷 34 años, independiente, vivo en Valencia desde hace años. Me gustan las citas tranquilas: un café, una cena o una tarde de charla. Yo decido con quién quedo, mis horarios y mis límites, sin agencias ni intermediarios. Para la primera cita pido nombre y una referencia. Tarifas por mensaje. Escríbeme con educación 💌"""),
]

# Cuarta tanda: agencias de escorts en tercera persona, indicios de edad escondidos, mensajes de captadores.
ADS += [
    ("escort", """✦✦ AGENCIA DIAMANTE ✦✦ Madrid · Alcobendas · Getafe
[[tpc:Conoce a nuestras señoritas]] 💃 [[tpc:Yuli (22, Colombia), Andrea (24, Venezuela) y Kiara (21, Paraguay)]] – educadas, cariñosas y discretas 😍
✔ Cenas ✔ Hoteles ✔ Noches completas
💶 1 h 130 · 2 h 240 · noche 700
🚗 [[tpc:Nuestro chófer la lleva a tu hotel en 30 minutos]]
[[rm:Disponibles todas las horas del día, todos los días]]
📞 Reservas: 555 190 440 (centralita)"""),
    ("escort", """🍓🍓 Holiii soy Abril 🍓🍓 dulce, menudita y risueña, me encanta el rosa, los peluches y los mimos 🧸💕 [[min:Acabo de cumplir los 18]] 🎀 Piso en Usera, salidas a hotel. 30 min 60 · 1 h 100. Escríbeme al 555 234 019 🍓"""),
    ("job", """qué onda carnal 👋 sigue la chamba en Canadá!! en granja, 18 dólares la hora. [[trv:te sacamos la visa, el boleto y el cuarto]], [[fee:nomás depositas 9 mil pesos de anticipo para la carta]] 🙏 [[dec:sin experiencia, te vas en una semana]] ¿va?"""),
]

# Quinta tanda: negativos difíciles con el vocabulario de las señales.
ADS += [
    ("job", """Reponedor/a para supermercado – turno de noche (Getafe). No se necesita experiencia: te damos formación pagada las dos primeras semanas. 1.320 € brutos al mes más plus de nocturnidad, contrato de 6 meses con posibilidad de indefinido. Inscríbete en la web de la cadena."""),
    ("other", """¿Te han quitado el pasaporte en el trabajo? ¿Te descuentan una deuda por el viaje? ¿No te dejan salir de donde vives? Tienes derechos. Llama gratis y de forma confidencial al 900 555 010, las 24 horas, en varios idiomas."""),
    ("escort", """Menudita y morena, 32 años 😉 independiente, piso propio en Triana, elijo mis citas y mis horarios. Café, charla y buena compañía. Escríbeme primero con tu nombre."""),
]

# Sexta tanda: anuncios largos propios de cada mercado.
ADS += [
    ("job", """🇺🇸 VISAS DE TRABAJO H-2A / H-2B PARA ESTADOS UNIDOS 🇺🇸
Reclutamiento para la temporada 2027: pizca de manzana en Washington, jardinería en Texas, empacadoras de mariscos en Luisiana. Pago de 16 a 19 dólares la hora, horas extras, contratos de 6 a 10 meses.
Requisitos: hombres y mujeres de 20 a 45 años, credencial del INE, pasaporte vigente, no haber sido deportado.
[[dec:Visa aprobada al 100%, sin entrevista con el patrón]]. [[trv:Te tramitamos la cita en el consulado y te llevamos en camión hasta la frontera]].
[[fee:Cuota de inscripción 6,500 pesos y 'fianza de regreso' de 15,000 pesos que se devuelve al terminar el contrato]].
Informes con la licenciada Maru, solo por mensaje de Facebook, 555 301 2277."""),
    ("escort", """🏡 CASA DISCRETA EN CHAMARTÍN 🏡 [[tpc:Te presentamos a las chicas de esta semana]]:
💎 Kiara, 24, dominicana, simpática y bailarina
💎 Vanessa, 26, brasileña, muy dulce
💎 Lina, 22, colombiana, tímida al principio
[[mob:Recién llegadas, la semana que viene rotan a Valencia]] ✈️
[[rm:Ellas viven aquí y atienden desde las 10 de la mañana hasta las 5 de la madrugada]]
Precios: 20 min 50 · 30 min 70 · 1 h 120. [[tpc:Reservas con la encargada, Mari]] 555 641 300"""),
    ("other", """FERIA MUNICIPAL DE EMPLEO 2027 – Ayuntamiento de Alcalá
El próximo 12 de marzo, de 10 a 18 h, en el pabellón Juan de Austria, más de 40 empresas de la comarca presentarán sus ofertas: logística, hostelería, comercio, industria y cuidados. Habrá talleres para preparar el currículum y las entrevistas, y un punto de información sobre contratos y derechos laborales.
La entrada es gratuita y no es necesario inscribirse. Recuerda: ninguna empresa presente puede cobrarte por una oferta ni pedirte dinero para ser contratado. Más información en el 555 889 010 o en empleo@alcala.example"""),
]

# Séptima tanda: conversaciones, anuncios independientes largos, un solo indicio escondido.
ADS += [
    ("job", """[10:02] Reclutadora: hola mija, ¿sigues buscando trabajo?
[10:03] Yo: sí, ¿de qué es?
[10:03] Reclutadora: cuidar a una señora mayor en Milán, 1.300 euros al mes
[10:04] Yo: ¿y los papeles?
[10:05] Reclutadora: [[trv:yo te compro el boleto y te recogen en el aeropuerto]]
[10:05] Reclutadora: [[fee:me pagas 1.500 euros poco a poco de tu sueldo]]
[10:06] Yo: ¿hay contrato?
[10:07] Reclutadora: [[dec:no hace falta, entras como turista y allá se arregla]] 😉"""),
    ("escort", """✨💕 Hola caballeros, soy Lucía 💕✨
Pelirroja, 30 años, pecosa y muy risueña 😄 Me encantan los cócteles, el cine clásico y las conversaciones largas. Cenas, fines de semana o una tarde tranquila en mi casa 🍸🎬
📍 Piso cómodo en el Ensanche de Barcelona · 🚗 Salidas solo a hotel
💶 1 h 160 · 2 h 300 · cena 4 h 500 · noche 1.100
📝 Fotos nuevas en mi web esta semana, todas recientes y sin retoques 📸
Selecciono a cada cliente nuevo y digo que no si algo no me cuadra. Independiente, sin agencia ni representante 🙏 lucia@indie.example"""),
    ("escort", """💋 Yaneth 💋 morenita caribeña, 25, curvilínea y pícara 😜 Piso en Tetuán, ducha, parking. 30 min 60 · 1 h 100. Simpática y charlatana ✌️ [[rm:No tengo días libres, la dueña del piso decide mis horarios]] 📲 555 016 012"""),
]

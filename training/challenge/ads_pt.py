"""Portuguese challenge ads, written by hand (Brazil and Portugal). Markers: [[code:evidence]]."""

ADS = [
    ("job", """VAGA: AJUDANTE DE COZINHA – LISBOA (PORTUGAL)

Restaurante de cozinha mediterrânica em expansão procura ajudantes de cozinha para reforço de equipa. Horário de 40 horas semanais, folgas rotativas.

O que oferecemos:
• Ordenado de 950 € + subsídio de alimentação
• [[trv:Passagem aérea de São Paulo para Lisboa paga por nós]] e quarto partilhado
• Possibilidade de legalização

Importante: [[fee:o valor da passagem e do quarto é descontado do salário nos primeiros 6 meses]]. [[wc:O passaporte fica guardado com o patrão até pagar a dívida]].

Interessados chamem no zap +55 11 5555-0192"""),
    ("job", """oi amiga tudo bem? 😊 [[opq:tenho uma vaga boa pra vc na Europa, me chama no privado]] [[dec:salário de 3 mil euros, não precisa experiência nem falar inglês]] [[trv:eu pago sua passagem]] e [[fee:vc me devolve depois]] ✈️ [[vul:só pra mulheres novinhas e solteiras]]"""),
    ("job", """PRECISA-SE de moças para trabalhar em casa noturna no Suriname 💃 [[vul:idade 18 a 24 anos, boa aparência]] [[dec:ganhos de até 5.000 reais por semana]] [[trv:passagem, hospedagem e documentação por nossa conta]]. [[opq:Mande fotos de corpo inteiro por DM]]."""),
    ("job", """Trabalho em fazenda no Mato Grosso – colheita de algodão. [[trv:A gente busca na rodoviária e leva até a fazenda]]. [[wc:Comida e alojamento são descontados do pagamento]], [[wc:o acerto é só no fim da safra]]. [[wc:Não pode sair da fazenda durante a safra]]. [[opq:Falar com o gato pelo whats 555 4421]]."""),
    ("job", """💰 RENDA EXTRA 💰 [[dec:ganhe 500 reais por dia digitando no celular]]! [[dec:Sem experiência, sem entrevista, comece hoje]]. [[fee:Taxa de cadastro de apenas 49,90]]. [[opq:Chama no Telegram @rendafacil_example]]"""),
    ("job", """Vagas para construção civil em Portugal e Espanha. [[trv:Tratamos do visto, da viagem e do alojamento]]. [[fee:O candidato paga 1.200 euros de despesas de processo antes de viajar]]. [[dec:Saída em 7 dias]]."""),
    ("job", """Babá para família brasileira nos EUA 🇺🇸 morar no emprego. [[trv:Visto e passagem providenciados pela agência]]. [[fee:Taxa de colocação de 2.500 dólares, descontada do salário]]. [[wc:Documentos ficam com a família durante o contrato]]. [[vul:Mulheres solteiras sem filhos]]."""),
    ("job", """Atendente de bar no Japão – [[dec:salário altíssimo, sem precisar de contrato]], [[vul:só mulheres jovens e bonitas]]. [[opq:Envie cópia do passaporte e fotos para japao.vagas@example.net antes da entrevista]]."""),
    ("job", """Trabalho em frigorífico na Alemanha, [[vul:aceitamos pessoas sem documentos]]. [[trv:Van sai de Lisboa toda segunda]]. [[wc:Celular fica com o encarregado no turno]]. Pagamento em dinheiro."""),
    ("job", """Olá! Sou recrutadora 🙋‍♀️ [[dec:vaga de modelo fotográfica em Dubai, cachê de 10 mil dólares, sem experiência]] [[fee:só precisa pagar o book de 800 reais]] [[opq:me chama no zap, não passo o nome da agência por aqui]]"""),
    ("escort", """💋💋 [[mob:NOVIDADE NA CIDADE]] 💋💋 Oi amor, sou a Bia, 22 aninhos, gaúcha 🔥 [[mob:acabei de chegar em Curitiba, fico só 4 dias]]!! Local próprio no Batel, atendo hotéis. 💲 1h 250. Zap 4 1 9 5 5 5 5 - 0 1 2 3"""),
    ("escort", """🌹 [[tpc:Temos meninas novas todos os dias]] 🌹 [[tpc:Loiras, morenas e ruivas]] [[rm:atendimento 24 horas]] [[rm:só no local]]. [[tpc:Fale com a gerente]] 11 5555-0166"""),
    ("escort", """[[min:Menininha]] 🍭🎀 [[min:novinha de 18 recém feitos]], [[min:colegial]], [[mob:primeira vez em BH]]. [[tpc:Agendamento com o responsável]]. 31 5555 0177"""),
    ("escort", """Massagem relaxante oriental 🌸 [[tpc:3 massagistas novas chegaram]] [[mob:direto da Tailândia]] 🇹🇭 [[rm:elas moram na casa]], [[rm:aberto das 9 às 3 da manhã todos os dias]]. Próximo ao metrô Paraíso."""),
    ("escort", """TURNÊ ✨ Isabela acompanhante de luxo ✨ [[mob:São Paulo 10-12 / Rio 13-15 / Florianópolis 16-18]] — jantares e viagens. Agende com antecedência. isa@turne.example"""),
    ("escort", """o i  g a t o s  [[tpc:ela tá disponível]] [[min:tem 16]] fotos reais [[mob:chegou ontem do interior]] [[tpc:falar com o Léo]] 5 5 5 5 0 1 4 4"""),
    ("escort", """Sou a Kelly 😘 [[rm:disponível 24h, não saio do apê onde moro com as outras meninas]] 💋 [[mob:só essa semana aqui em Campinas]] 🌹 [[rm:sem camisinha a combinar com o dono]]. Zap 19 5555 0188"""),
    ("escort", """AG3NCIA VIP 🍒 [[tpc:levamos a menina até seu hotel]], [[min:todas novinhas]] 💕 [[tpc:nosso motorista]] combina o horário. [[rm:Ela não escolhe cliente]]. 21 5555-0199"""),
    ("job", """Cuidadora de idosos em Itália. [[trv:Viagem de autocarro e casa organizadas pela empresa]], [[fee:paga 500 € de inscrição ao chegar]]. [[wc:Não é possível mudar de família no primeiro ano]]."""),
    ("job", """Vindima em França 🍇 – empresa Vignobles Durand SARL (SIRET 555 123 456 00010) contrata para setembro. [[trv:Alojamento gratuito na quinta e transporte desde Bordéus organizado por nós]]. Salário mínimo francês (SMIC), contrato sazonal. Não cobramos qualquer taxa."""),
    ("job", """Enfermeiros para o Reino Unido – programa do NHS. [[trv:O hospital paga o visto, o voo e o primeiro mês de alojamento]]. Recrutamento gratuito: nenhuma taxa é cobrada ao candidato. Agência licenciada, alvará IEFP n.º 555/2025."""),
    # --- negativos
    ("job", """ANALISTA DE RH PLENO – BELO HORIZONTE (MG)

Sobre a empresa
A Metalúrgica Horizonte Ltda. (CNPJ 55.555.555/0001-01) atua há 40 anos no setor de autopeças, com 800 colaboradores.

Atividades
- Conduzir processos seletivos do início ao fim
- Apoiar treinamentos de integração
- Acompanhar indicadores de turnover e absenteísmo

Requisitos
- Superior completo em Psicologia, Administração ou áreas afins
- Experiência de 3 anos em recrutamento e seleção
- Conhecimento do pacote Office

Benefícios
Salário R$ 5.800, vale-refeição, vale-transporte, plano de saúde e odontológico, PLR.

Regime CLT, segunda a sexta, 8h às 17h. Candidate-se pelo site horizonte.example/carreiras."""),
    ("job", """Contrata-se repositor para supermercado no bairro Boa Vista. Carteira assinada, salário de R$ 1.650 + benefícios. Entregar currículo na loja, com o gerente Paulo."""),
    ("job", """Agência de emprego certificada (alvará n.º 555/ECT). Recrutamos motoristas de pesados para Holanda. Nunca pedimos dinheiro aos candidatos, nem ficamos com documentos. Entrevista presencial em Braga e contrato assinado antes da partida."""),
    ("job", """⚠️ Cuidado com golpes! A Transportadora Rápido Sul não cobra taxa para contratar, não pede foto de documento pelo WhatsApp e não oferece vagas no exterior. Vagas oficiais apenas em rapidosul.example/vagas."""),
    ("escort", """Oi, sou a Renata, 35, massoterapeuta e acompanhante independente em Porto Alegre 🌸 Atendo em espaço próprio, com horário marcado, escolho meus clientes. Sem agência. 1h R$ 300. renata@privado.example"""),
    ("escort", """✨ Apartamento novo, mesma Lívia ✨ Mudei para um flat mais confortável em Moema. Continuo independente, 30 anos, sem cafetão nem agenciador. Marque com antecedência 💋"""),
    ("escort", """Massagem terapêutica e desportiva, Ana (44), fisioterapeuta. Atendimento em consultório no Porto, só com marcação. Apenas massagem profissional. Tel. 555 210 330"""),
    ("other", """Inauguração! 🎉 Novo salão de beleza Studio Flor, Rua Augusta 555. Cabelo, unhas e sobrancelhas. 20% de desconto na primeira semana."""),
    ("other", """Alugo quarto em apartamento novo perto da UFPR, R$ 900 com contas inclusas. Para estudante ou trabalhador, sem fiador. Tratar com Marcos."""),
    ("other", """Vendo Fiat Uno 2012, único dono, pneus novos, IPVA pago. R$ 18.500. Aceito proposta. Chamar no 555 0145."""),
    ("job", """Professor(a) de matemática para colégio particular em Recife. 20 h semanais, salário conforme convenção, experiência mínima de 2 anos. Entrevista e aula-teste na escola. Enviar CV para rh@colegioatlantico.example."""),
    ("escort", """Sou a Camila, 26, paulistana, acompanhante independente há 5 anos 💋 Trabalho sozinha, do meu jeito, meus horários. Jantares e eventos. Não atendo número privado. 11 5555 0212"""),
    ("other", """Faço fretes e mudanças com caminhão baú, região de Campinas. Orçamento sem compromisso, atendo fins de semana. Falar com Zé."""),
    ("job", """Vagas temporárias de Natal – Loja Casa & Cia, shopping Iguatemi. Vendedores, 6 meses, salário de R$ 1.800 + comissão. Inscrições presenciais com RG e CPF na própria loja."""),
    ("job", """Trabalho sazonal na Noruega – empresa norueguesa Bergen Fisk AS. Requisitos: cidadania da UE ou autorização de residência válida; a viagem é por conta do trabalhador. Salário por hora conforme acordo coletivo. Candidaturas em bergenfisk.example."""),
    ("other", """Doa-se gatinho de 2 meses, já vermifugado. Apenas para adoção responsável. Bairro Jardim América."""),
    ("escort", """Oii, sou a Duda 🌷 33 anos, moro em Salvador há 10, atendo sozinha no meu espaço, com calma e respeito. Sem pressa, sem intermediário. Marcações por mensagem 💋"""),
]

# Segunda leva: ruído de OCR, indícios escondidos em textos longos e usos benignos de palavras de risco.
ADS += [
    ("job", """PROCESSO SELETIVO – OPERADORES PARA FRIGORÍFICO EM SANTA CATARINA
Grande indústria de alimentos contrata operadores de produção para as unidades de Chapecó e Concórdia. Atividades: desossa, embalagem, higienização. Jornada de 44 h semanais com escala.
Benefícios: transporte fretado, refeitório, plano de saúde após experiência.
[[trv:Para candidatos de outros estados, o ônibus de viagem e o alojamento ficam por nossa conta]]; [[wc:o valor é descontado na folha durante 8 meses]]. [[vul:Aceitamos também imigrantes sem documentação regularizada]].
Inscrições: mandar nome e foto da carteira de identidade no WhatsApp do recrutador."""),
    ("job", """VAGA URG3NTE N0 CANADÁ
Ajudante de c0zinha – $3.200 CAD
[[dec:Sem experiência, sem inglês, embarque em 10 dias]]
[[fee:Taxa de vist0 e seguro R$ 4.500 paga pelo candidato]]
[[opq:Só pelo Instagram @vagas.exterior.example]]"""),
    ("other", """Nova na cidade e procurando grupo de corrida em Floripa! 🏃‍♀️ Corro 5 km três vezes por semana, qualquer ritmo serve."""),
    ("other", """Chaveiro 24 horas em Belo Horizonte, atendimento de emergência, abertura de portas e carros. Orçamento sem compromisso."""),
]

# Terceira leva: anúncios longos com um só indício e negativos longos.
ADS += [
    ("job", """RECEPCIONISTA BILÍNGUE – CLÍNICA ODONTOLÓGICA (São Paulo, Jardins)

A clínica
Clínica com 15 anos de mercado, especializada em implantes e estética, atendendo pacientes nacionais e estrangeiros.

Atividades
- Recepção de pacientes e controle da agenda
- Atendimento telefônico e por e-mail em português e inglês
- Apoio ao faturamento dos convênios

Requisitos
- Inglês avançado
- [[vul:Sexo feminino, até 25 anos, solteira, sem filhos e de ótima aparência]]
- Ensino médio completo

Oferecemos
Salário de R$ 2.900, vale-transporte, vale-refeição, plano odontológico.

Envie currículo com foto."""),
    ("escort", """💋🌹✨ Oi amores ✨🌹💋
Sou a Jéssica, 24 aninhos, morena do sorriso lindo 😍 Carinhosa, educada e muito divertida! Adoro um bom papo, um vinho e um encontro sem pressa 🍷
📍 Local discreto com estacionamento, perto do shopping
🚗 Atendo motéis e hotéis
💲 30 min 150 · 1 h 250 · pernoite a combinar
[[rm:Atendimento 24 horas todos os dias, sem folga]] 📲 Zap 11 5555-0230"""),
    ("job", """oi, [[opq:manda aqui uma foto do seu passaporte e uma selfie segurando ele]] que aí eu te passo o nome da empresa 😉"""),
    ("job", """DESENVOLVEDOR(A) BACKEND – MUDANÇA PARA DUBLIN (Irlanda)
A Clover Payments Ltd (CRO 555123), fintech com 200 pessoas, procura desenvolvedor(a) Java para o time de pagamentos. Processo: conversa com RH, desafio técnico, entrevista com o time.
Oferecemos €65–75 mil por ano, ajuda de custo de mudança de €4.000 paga depois da contratação. É preciso já ter direito de trabalhar na UE; o candidato organiza a própria viagem e moradia. Nenhuma taxa é cobrada do candidato."""),
    ("escort", """Oi, sou a Helena 🌷 36 anos, acompanhante independente em Curitiba há muitos anos. Gosto de encontros tranquilos: um café, um jantar, uma boa conversa. Eu escolho quem atendo, meus horários e meus limites — sem agência, sem intermediário. No primeiro encontro peço nome e uma referência. Valores por mensagem. Seja educado 💌"""),
]

# Quarta leva: agências em terceira pessoa, pistas de idade escondidas, mensagens de aliciadores.
ADS += [
    ("escort", """✦✦ AGÊNCIA PRESTIGE ✦✦ São Paulo · ABC · Guarulhos
[[tpc:Conheça nossas acompanhantes]] 💃 [[tpc:Taís (22, Manaus), Lorena (23, Belém) e Kamila (21, Paraguai)]] – educadas, carinhosas e discretas 😍
✔ Jantares ✔ Hotéis ✔ Pernoites
💲 1 h 300 · 2 h 550 · pernoite 1.500
🚗 [[tpc:Nosso motorista leva a menina até você em 40 minutos]]
[[rm:Todas disponíveis 24 horas, sem precisar agendar]]
📞 Reservas: 11 5555-0190 (central)"""),
    ("escort", """🍓🍓 Oiii sou a Mel 🍓🍓 fofinha, mignon e risonha, amo rosa, açaí e carinho 🍧💕 [[min:Acabei de fazer 18]] 🎀 Local em Santo Amaro, atendo hotel. 30 min 150 · 1 h 250. Zap 11 5555-0344 🍓"""),
    ("job", """fala mano 👋 ainda tem a vaga em Portugal!! obra, 1.200 euros. [[trv:a gente faz teu visto, passagem e quarto]], [[fee:só manda 3 mil reais de sinal pro contrato]] 🙏 [[dec:sem experiência, embarca em 10 dias]] fechou?"""),
]

# Quinta leva: negativos difíceis com o vocabulário dos sinais.
ADS += [
    ("job", """Repositor(a) de supermercado – turno da noite (Campinas). Não precisa de experiência: treinamento pago nas duas primeiras semanas. R$ 1.900 + adicional noturno, CLT, vale-transporte e refeição. Cadastre-se no site da rede."""),
    ("other", """Tomaram seu passaporte no trabalho? Você está pagando uma dívida pela vaga ou pela viagem? Não pode sair do alojamento? Você tem direitos. Ligue grátis e em sigilo para 0800 555 0100, 24 horas por dia."""),
    ("escort", """Mignon e morena, 33 anos 😉 independente, apê próprio em Pinheiros, escolho meus encontros e meus horários. Café, conversa e boa companhia. Mande mensagem com seu nome primeiro."""),
]

# Sexta leva: anúncios longos próprios de cada mercado.
ADS += [
    ("job", """🍇 TRABALHO NA VINDIMA EM PORTUGAL E NA FRANÇA 🍇 (grupo de Facebook "Brasileiros na Europa")
Pessoal, estou montando a turma de agosto! São 6 semanas de colheita de uva no Douro e depois em Bordeaux, pagamento por dia (60 a 80 euros), dá pra juntar um bom dinheiro.
Não precisa falar francês, eu acompanho vocês o tempo todo. [[trv:Eu resolvo a passagem, a van e o alojamento]] e [[wc:desconto tudo da diária de vocês no fim]].
[[dec:Vai como turista mesmo, lá a gente dá um jeito, sem contrato]]. [[wc:Os passaportes ficam comigo pra ninguém perder]].
[[fee:Pra garantir a vaga tem que mandar 1.500 reais de sinal no Pix]]. [[opq:Chama no privado, não respondo nos comentários]]."""),
    ("escort", """✨ CASA DE MASSAGEM RELAX VIP ✨ Zona Sul – SP
[[tpc:Conheça as meninas da semana]]: 🌸 Yasmin, 23, baiana · 🌸 Thaís, 25, mineira · 🌸 Lara, 22, paraguaia
[[mob:Chegaram segunda-feira, ficam só até domingo]] e [[mob:depois vão para Campinas]]
[[rm:Atendem das 10h às 4h, moram na casa]]
Massagem tântrica, relaxante, nuru. 30 min R$ 150 · 1 h R$ 250. [[tpc:Agende com a recepcionista Cida]] 11 5555-0412"""),
    ("other", """MUTIRÃO DO EMPREGO – Prefeitura de Contagem
Na próxima terça, das 8h às 17h, no ginásio municipal, empresas da região vão oferecer mais de 900 vagas em indústria, comércio, logística e serviços. Haverá oficinas de currículo, orientação sobre carteira de trabalho digital e atendimento do Sine.
Entrada gratuita, leve RG, CPF e carteira de trabalho. Atenção: nenhuma empresa participante pode cobrar por vaga, curso ou exame admissional. Dúvidas: 31 5555-0900 ou sine@contagem.example"""),
]

# Sétima leva: conversas, anúncios independentes longos, um só indício escondido.
ADS += [
    ("job", """[10:02] Recrutadora: oi linda, ainda procurando trampo?
[10:03] Eu: sim, é do quê?
[10:03] Recrutadora: cuidar de idosa em Londres, 1.800 libras por mês
[10:04] Eu: e o visto?
[10:05] Recrutadora: [[trv:eu compro tua passagem e alguém te busca no aeroporto]]
[10:05] Recrutadora: [[fee:depois você me paga 12 mil reais descontando do salário]]
[10:06] Eu: tem contrato?
[10:07] Recrutadora: [[dec:precisa não, vai como turista que lá a gente resolve]] 😉"""),
    ("escort", """✨💕 Olá cavalheiros, sou a Luíza 💕✨
Ruiva, 31 anos, sardenta e muito risonha 😄 Adoro drinks, filmes antigos e conversas longas. Jantares, fins de semana ou uma noite tranquila no meu apê 🍸🎬
📍 Flat confortável na Savassi, BH · 🚗 Saídas só para hotel
💲 1 h 350 · 2 h 650 · jantar 4 h 1.100 · pernoite 2.200
📝 Fotos novas no meu site esta semana, todas recentes e sem edição 📸
Faço triagem de todo cliente novo e digo não se algo não me agradar. Independente, sem agência e sem empresário 🙏 luiza@indie.example"""),
    ("escort", """💋 Jaque 💋 morena baiana, 25, curvilínea e sapeca 😜 Local na Barra Funda, chuveiro, estacionamento. 30 min 150 · 1 h 250. Simpática e falante ✌️ [[rm:Não tenho folga, o dono da casa é quem decide meus horários]] 📲 11 5555-0612"""),
]

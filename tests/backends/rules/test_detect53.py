"""Meeting detection as a class (detect53): a grid of short invented communiqués, one row per way of
telling an encounter (the encounter word, French and English, verbal and nominal; the subject that
meets; the tense) and per kind of page that tells none (arrests, seizures, appointments, statistics,
condolences, praise, an own graduation, a past meeting only, tenders, jobs, advice). Each row says
whether the page reports a meeting, how many, and the kind where it is plain. Every sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import MeetingKind

W, V, S, C, K = "working_meeting", "official_visit", "signing", "call", "conference"

# (class, text, meetings found, kind of the first or None where more than one reading is fair)
_ENCOUNTER_FR: list[tuple[str, str, int, str | None]] = [
    (
        "fr-recu",
        "Le directeur général de la police nationale, Albert Kouassi, a reçu mardi à Abidjan l'ambassadeur "
        "du Canada en Côte d'Ivoire, Paul Tremblay.",
        1,
        None,
    ),
    (
        "fr-audience",
        "Le ministre de l'Intérieur, Oumar Diallo, a accordé une audience lundi à Conakry au chef de la "
        "police fédérale belge, Luc Peeters.",
        1,
        None,
    ),
    (
        "fr-entretenu",
        "Le commissaire général de la police, Jean-Baptiste Ouédraogo, s'est entretenu mercredi à "
        "Ouagadougou avec le directeur de la coopération policière de la France, Pierre Garnier.",
        1,
        W,
    ),
    (
        "fr-seance",
        "Le directeur général de la sûreté nationale, Karim Belhadj, a eu une séance de travail jeudi à "
        "Alger avec une délégation de la police italienne conduite par le préfet Marco Bianchi.",
        1,
        W,
    ),
    (
        "fr-tete-a-tete",
        "Le ministre de la Sécurité publique, Issa Maïga, a eu un tête-à-tête vendredi à Niamey avec "
        "son homologue malien, Moussa Keïta.",
        1,
        W,
    ),
    (
        "fr-echanges",
        "Le chef d'état-major de la gendarmerie, le général Paul Nkoa, a eu des échanges fructueux lundi "
        "à Yaoundé avec l'attaché de sécurité intérieure de l'ambassade de France, Marc Dubois.",
        1,
        W,
    ),
    (
        "fr-rencontre",
        "Le directeur général de la police, Séverin Dossou, a rencontré mardi à Cotonou le commandant "
        "de la police nigériane de l'État de Lagos, Musa Bello.",
        1,
        None,
    ),
    (
        "fr-accueilli",
        "Le directeur général de la sûreté nationale, Ahmed Ould Salem, a accueilli mercredi à "
        "Nouakchott une délégation de la garde civile espagnole conduite par le général Javier Ruiz.",
        1,
        None,
    ),
    (
        "fr-echange-avec",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a échangé lundi à Dakar avec l'ambassadeur des "
        "Pays-Bas au Sénégal, Jan de Vries, sur la lutte contre le trafic de drogue.",
        1,
        W,
    ),
    (
        "fr-recu-par",
        "L'ambassadeur d'Allemagne au Togo, Klaus Weber, a été reçu jeudi à Lomé par le directeur "
        "général de la police nationale, Yawo Amegah.",
        1,
        None,
    ),
    (
        "fr-courtoisie",
        "L'ambassadeur du Japon au Gabon, Kenji Ito, a rendu une visite de courtoisie mardi au "
        "commandant en chef de la police nationale, le général Serge Ndong, à Libreville.",
        1,
        V,
    ),
    (
        "fr-visite-travail",
        "Le directeur de la police judiciaire du Niger, Abdou Issoufou, a rendu une visite de "
        "travail lundi à son homologue béninois, Séverin Dossou, à Cotonou.",
        1,
        None,
    ),
    (
        "fr-effectue-visite",
        "Le ministre de l'Intérieur du Tchad, Mahamat Abakar, a effectué une visite de travail "
        "les 3 et 4 mars à Yaoundé, où il a été reçu par son homologue camerounais, Paul Atanga.",
        1,
        None,
    ),
    (
        "fr-pris-part",
        "Le directeur général de la police nationale, Albert Kouassi, a pris part mardi à Lyon à la "
        "réunion des chefs de police d'Afrique de l'Ouest organisée par Interpol.",
        1,
        K,
    ),
    (
        "fr-participe",
        "Le commissaire général Jean-Baptiste Ouédraogo a participé lundi à Abuja à la conférence "
        "régionale des chefs de police de la CEDEAO sur le terrorisme.",
        1,
        K,
    ),
    (
        "fr-session",
        "Le ministre de la Sécurité, Issa Maïga, a pris part jeudi à Tunis à la 43e session du Conseil "
        "des ministres arabes de l'Intérieur.",
        1,
        K,
    ),
    (
        "fr-ouvert",
        "Le ministre de l'Intérieur, Oumar Diallo, a ouvert mardi à Conakry les travaux de la réunion "
        "des chefs de police de l'Union du fleuve Mano, en présence des délégations de Sierra Leone et du Liberia.",
        1,
        K,
    ),
    (
        "fr-cloture",
        "Le directeur général de la police, Séverin Dossou, a clôturé vendredi à Cotonou les travaux de "
        "la conférence régionale des chefs de police d'Afrique de l'Ouest, qui a réuni douze pays.",
        1,
        K,
    ),
    (
        "fr-preside",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a présidé lundi à Dakar les travaux de la commission "
        "mixte sénégalo-gambienne de sécurité, avec son homologue gambien, Lamin Jallow.",
        1,
        None,
    ),
    (
        "fr-copreside",
        "Les ministres de l'Intérieur du Maroc et de l'Espagne, Hassan Alami et Carlos Ruiz, ont "
        "coprésidé jeudi à Madrid la réunion de haut niveau sur la migration.",
        1,
        None,
    ),
    (
        "fr-signe",
        "Le directeur général de la police nationale, Yawo Amegah, et l'ambassadeur de France au Togo, "
        "Marc Dubois, ont signé mardi à Lomé une convention de coopération en matière de police scientifique.",
        1,
        S,
    ),
    (
        "fr-siege",
        "L'attaché de sécurité de l'ambassade des États-Unis, John Miller, s'est rendu mercredi au siège "
        "de la direction générale de la police à Bamako, où il a été reçu par le directeur général, Soumaïla Traoré.",
        1,
        None,
    ),
    (
        "fr-hote",
        "Le directeur général de la sûreté nationale, Karim Belhadj, était l'hôte lundi à Alger d'une "
        "délégation de la police fédérale allemande conduite par Klaus Becker.",
        1,
        None,
    ),
    (
        "fr-invite",
        "Le commissaire de police nigérian Musa Bello a été l'invité mardi à Cotonou du directeur général "
        "de la police républicaine, Séverin Dossou.",
        1,
        None,
    ),
    (
        "fr-visio",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a tenu mardi une visioconférence avec son homologue "
        "espagnol, Carlos Ruiz, sur la migration irrégulière.",
        1,
        C,
    ),
    (
        "fr-telephone",
        "Le ministre de la Sécurité, Issa Maïga, a eu un entretien téléphonique lundi avec son "
        "homologue nigérian, Musa Abubakar, sur la situation au Sahel.",
        1,
        C,
    ),
    (
        "fr-telephone-passif",
        "Un entretien téléphonique a eu lieu jeudi entre le ministre de l'Intérieur marocain, "
        "Hassan Alami, et son homologue français, Pierre Garnier.",
        1,
        C,
    ),
    (
        "fr-titre-visite",
        "Visite de travail du directeur général de la police judiciaire du Niger à Cotonou\n"
        "Le directeur Abdou Issoufou a été reçu lundi par le directeur général de la police, Séverin Dossou.",
        1,
        None,
    ),
    (
        "fr-titre-seance",
        "Séance de travail entre la police nationale et la gendarmerie royale du Canada\n"
        "Le directeur général Albert Kouassi et le surintendant Paul Tremblay ont examiné mardi à Abidjan la "
        "coopération contre la cybercriminalité.",
        1,
        W,
    ),
    (
        "fr-titre-audience",
        "Audience : le DG reçoit l'ambassadeur de Suisse\n"
        "Le directeur général de la police, Yawo Amegah, a reçu mardi à Lomé l'ambassadeur de Suisse, Hans Müller.",
        1,
        None,
    ),
    (
        "fr-titre-audience-seul",
        "Audience : le directeur général de la police reçoit l'ambassadeur du Brésil\n"
        "Les deux personnalités ont évoqué la formation des officiers et la lutte contre le trafic de drogue.",
        1,
        None,
    ),
    (
        "fr-rencontre-nom",
        "Rencontre entre le ministre de l'Intérieur, Oumar Diallo, et l'ambassadeur de Turquie, "
        "Mehmet Yilmaz, mardi à Conakry, consacrée à la coopération sécuritaire.",
        1,
        None,
    ),
    (
        "fr-entretien-nom",
        "Entretien, lundi à Rabat, entre le directeur général de la sûreté nationale, Hassan Alami, "
        "et le chef de la police portugaise, Rui Matos.",
        1,
        W,
    ),
    (
        "fr-reunion-tenue",
        "Une réunion de travail s'est tenue mardi à Bamako entre la police malienne et une "
        "délégation de la police sénégalaise conduite par le commissaire Amadou Fall.",
        1,
        W,
    ),
    (
        "fr-recu-en-audience",
        "Le ministre de l'Intérieur, Oumar Diallo, a reçu en audience ce lundi le représentant "
        "résident de l'ONUDC, Marco Rossi, au siège du ministère à Conakry.",
        1,
        None,
    ),
    (
        "fr-aborde-avec",
        "Le directeur général de la police, Yawo Amegah, a abordé avec l'attaché de police de "
        "l'ambassade d'Italie, Marco Bianchi, les questions de formation, mardi à Lomé.",
        1,
        None,
    ),
    (
        "fr-discute-avec",
        "Le commandant de la gendarmerie nationale, le général Paul Nkoa, a discuté jeudi à Yaoundé "
        "avec le chef de la mission de l'Union européenne, Anna Schmidt, de la sécurité des frontières.",
        1,
        None,
    ),
    (
        "fr-conduit-delegation",
        "Le directeur de la police judiciaire, Amadou Fall, a conduit la semaine dernière une "
        "délégation sénégalaise à Banjul, où elle a été reçue par l'inspecteur général de la police gambienne, "
        "Lamin Jallow.",
        1,
        None,
    ),
    (
        "fr-tete-delegation",
        "À la tête d'une délégation de la police ivoirienne, le directeur Albert Kouassi a "
        "séjourné du 2 au 5 mars à Ouagadougou, où il a rencontré le commissaire général Jean-Baptiste Ouédraogo.",
        1,
        None,
    ),
    (
        "fr-en-visite",
        "En visite de travail à Rabat, le chef de la police fédérale suisse, Hans Müller, a été reçu "
        "lundi par le directeur général de la sûreté nationale, Hassan Alami.",
        1,
        None,
    ),
    (
        "fr-dans-le-cadre",
        "Dans le cadre de sa visite au Bénin, le commissaire nigérian Musa Bello a eu mardi à "
        "Cotonou une rencontre avec le directeur général de la police républicaine, Séverin Dossou.",
        1,
        None,
    ),
    (
        "fr-en-marge",
        "En marge de l'assemblée générale d'Interpol à Lyon, le directeur général de la sûreté "
        "nationale, Hassan Alami, s'est entretenu mardi avec son homologue espagnol, Carlos Ruiz.",
        1,
        None,
    ),
    (
        "fr-travaux-pris-part",
        "Le commissaire général de la police, Jean Mbala, a pris part du 4 au 6 mars à Brazzaville "
        "aux travaux de la 12e assemblée générale du comité des chefs de police d'Afrique centrale.",
        1,
        K,
    ),
    (
        "fr-paraphe",
        "Le Bénin et le Niger ont paraphé lundi à Cotonou un accord de coopération policière, en présence "
        "des directeurs généraux des deux polices, Séverin Dossou et Abdou Issoufou.",
        1,
        S,
    ),
    (
        "fr-ceremonie-signature",
        "Le ministre de l'Intérieur, Ibrahima Sarr, et l'ambassadeur d'Espagne, Carlos Ruiz, "
        "ont procédé mardi à Dakar à la signature d'un protocole d'accord sur la lutte contre la migration "
        "irrégulière.",
        1,
        S,
    ),
    (
        "fr-seance-tenue",
        "Une séance de travail a réuni lundi à Abidjan le directeur général de la police nationale, "
        "Albert Kouassi, et l'attaché de sécurité intérieure de l'ambassade de France, Marc Dubois.",
        1,
        W,
    ),
    (
        "fr-accueil-nom",
        "Accueil, mardi à Libreville, d'une délégation de la police camerounaise conduite par le "
        "commissaire divisionnaire Paul Atanga par le commandant en chef de la police, le général Serge Ndong.",
        1,
        None,
    ),
    (
        "fr-visite-nom",
        "Visite du chef de la police fédérale allemande à la DGSN\n"
        "Klaus Becker a été accueilli jeudi au siège de la direction générale à Alger par Karim Belhadj.",
        1,
        None,
    ),
    (
        "fr-au-cours",
        "Au cours d'une audience accordée mardi à Niamey, le ministre de l'Intérieur, Issa Maïga, et "
        "l'ambassadeur d'Italie, Marco Bianchi, ont passé en revue la coopération sécuritaire.",
        1,
        None,
    ),
    (
        "fr-reunion-visio",
        "Le directeur général de la police, Séverin Dossou, a participé mardi par visioconférence à "
        "la réunion du comité des chefs de police de l'Afrique de l'Ouest.",
        1,
        None,
    ),
    (
        "fr-mission",
        "Une mission d'Europol conduite par Anna Schmidt a séjourné du 2 au 4 mars à Rabat, où elle a "
        "tenu des séances de travail avec les responsables de la DGSN.",
        1,
        None,
    ),
    (
        "fr-accorde-entretien",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a accordé lundi un entretien à "
        "l'ambassadeur du Royaume-Uni au Sénégal, John Smith.",
        1,
        None,
    ),
    (
        "fr-recu-visite-de",
        "Le directeur général de la police nationale, Yawo Amegah, a reçu mardi à Lomé la visite "
        "de l'attaché de sécurité de l'ambassade des États-Unis, John Miller.",
        1,
        None,
    ),
    (
        "fr-reuni-avec",
        "Le ministre de l'Intérieur, Oumar Diallo, s'est réuni lundi à Conakry avec une délégation de "
        "la police sierra-léonaise conduite par l'inspecteur général Ibrahim Sesay.",
        1,
        None,
    ),
    (
        "fr-arrive",
        "Le chef de la police fédérale belge, Luc Peeters, est arrivé lundi à Kinshasa pour une visite de "
        "travail de trois jours, au cours de laquelle il rencontrera le commissaire général Jean Mbala.",
        1,
        None,
    ),
    (
        "fr-discours-ouverture",
        "Le ministre de la Sécurité, Issa Maïga, a prononcé mardi à Niamey le discours "
        "d'ouverture de la réunion régionale des chefs de police du Sahel, en présence de délégations de cinq pays.",
        1,
        K,
    ),
    (
        "fr-titre-entretiens",
        "Entretiens sécuritaires entre le Maroc et l'Espagne\n"
        "Les ministres de l'Intérieur Hassan Alami et Carlos Ruiz ont examiné mardi à Rabat la lutte contre la "
        "migration irrégulière.",
        1,
        W,
    ),
    (
        "fr-titre-passent-en-revue",
        "Le DG de la police et l'ambassadeur d'Allemagne passent en revue la coopération\n"
        "Yawo Amegah et Klaus Weber ont évoqué mardi à Lomé la formation des officiers.",
        1,
        None,
    ),
    (
        "fr-titre-seance-reunion",
        "Séance de travail entre la DGSN et la police portugaise\n"
        "La réunion, tenue mardi à Rabat, a porté sur la lutte contre le trafic de drogue.",
        1,
        W,
    ),
    (
        "fr-titre-rencontre-nom",
        "Rencontre entre les chefs de police du Bénin et du Niger\n"
        "Séverin Dossou et Abdou Issoufou ont évoqué lundi à Cotonou la sécurité de la frontière commune.",
        1,
        None,
    ),
    (
        "fr-legende",
        "Le directeur général de la police, Yawo Amegah (au centre), entouré de la délégation de la "
        "police ghanéenne lors de la séance de travail de mardi à Lomé.",
        1,
        None,
    ),
    (
        "fr-commission-mixte",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a présidé mardi à Dakar, avec son "
        "homologue mauritanien, Ahmed Ould Salem, la réunion de la commission mixte de sécurité.",
        1,
        None,
    ),
    (
        "fr-se-rendu",
        "Le chef de la police fédérale suisse, Hans Müller, s'est rendu lundi à Tunis, où il s'est "
        "entretenu avec le directeur général de la sûreté nationale, Karim Ben Ali.",
        1,
        None,
    ),
    (
        "fr-dirige-delegation-reunion",
        "Le commissaire général Jean-Baptiste Ouédraogo a dirigé la délégation burkinabè "
        "à la réunion du comité des chefs de police de l'Afrique de l'Ouest, mardi à Abuja.",
        1,
        K,
    ),
    (
        "fr-conduit-delegation-echanges",
        "Le directeur général de la police a conduit mardi une délégation ivoirienne à "
        "Accra pour des échanges avec la police ghanéenne.",
        1,
        None,
    ),
    (
        "fr-ont-inaugure",
        "Le ministre de l'Intérieur, Oumar Diallo, et son homologue ivoirien, Vagondo Diomandé, ont "
        "inauguré mardi un poste frontière commun à Nzérékoré.",
        1,
        None,
    ),
    (
        "fr-ont-lance",
        "Le directeur général de la police, Albert Kouassi, et l'ambassadeur de France, Marc Dubois, ont "
        "lancé lundi à Abidjan un projet de formation des enquêteurs.",
        1,
        None,
    ),
    (
        "fr-se-sont-vus",
        "Le patron de la police nationale, Albert Kouassi, et le chef de la police fédérale suisse, Hans "
        "Müller, se sont vus mardi à Abidjan.",
        1,
        None,
    ),
]

_ENCOUNTER_EN: list[tuple[str, str, int, str | None]] = [
    (
        "en-received",
        "The Inspector-General of Police, Musa Abubakar, received the British High Commissioner, "
        "John Smith, at the Force Headquarters in Abuja on Tuesday.",
        1,
        None,
    ),
    (
        "en-hosted",
        "The Commissioner of Police, Peter Mwangi, hosted a delegation from the Tanzania Police Force led "
        "by Deputy Commissioner John Massawe in Nairobi on Monday.",
        1,
        None,
    ),
    (
        "en-met",
        "The Minister of Home Affairs, Rajesh Kumar, met his Sri Lankan counterpart, Nimal Perera, in "
        "New Delhi on Wednesday to discuss counter-terrorism cooperation.",
        1,
        None,
    ),
    (
        "en-held-talks",
        "Interior Minister Ahmed Rashid held talks with the German Ambassador, Klaus Weber, in "
        "Islamabad on Thursday on border security.",
        1,
        W,
    ),
    (
        "en-bilateral-talks",
        "The Police Commissioner, Sarah Banda, held bilateral talks with the Inspector General of "
        "the Malawi Police Service, George Phiri, in Lusaka on Friday.",
        1,
        W,
    ),
    (
        "en-held-meeting",
        "The Director General of the National Police, Carlos Mendez, held a meeting with the FBI "
        "legal attaché, Mark Johnson, in Bogotá on Monday.",
        1,
        W,
    ),
    (
        "en-courtesy-call-on",
        "The Australian High Commissioner, Emma Wilson, paid a courtesy call on the "
        "Commissioner of Police, Peter Mwangi, at the police headquarters in Nairobi on Tuesday.",
        1,
        V,
    ),
    (
        "en-called-on",
        "The Ambassador of Japan, Kenji Ito, called on the Inspector-General of Police, Musa Abubakar, "
        "in Abuja on Wednesday.",
        1,
        V,
    ),
    (
        "en-was-received",
        "The Chief of the Federal Police of Austria, Franz Huber, was received by the Minister of "
        "Interior, Ahmed Rashid, in Islamabad on Monday.",
        1,
        None,
    ),
    (
        "en-audience",
        "The Head of the EU Delegation, Anna Schmidt, had an audience with the Inspector-General of "
        "Police, Musa Abubakar, in Abuja on Thursday.",
        1,
        None,
    ),
    (
        "en-welcomed",
        "The Commissioner General of Police, Thomas Ochieng, welcomed a delegation from the Rwanda "
        "National Police led by Commissioner Jean Bosco Mugabo to Kampala on Monday.",
        1,
        None,
    ),
    (
        "en-played-host",
        "The Royal Malaysia Police played host to a delegation of the Indonesian National Police led "
        "by Inspector General Budi Santoso in Kuala Lumpur on Tuesday.",
        1,
        None,
    ),
    (
        "en-attended",
        "The Inspector-General of Police, Musa Abubakar, attended the African Police Chiefs Summit in "
        "Algiers on Monday, hosted by AFRIPOL.",
        1,
        K,
    ),
    (
        "en-took-part",
        "Commissioner Sarah Banda took part in the SARPCCO Council of Police Chiefs meeting in "
        "Windhoek on Thursday.",
        1,
        K,
    ),
    (
        "en-opened",
        "The Minister of Interior, Ahmed Rashid, opened the regional conference of police chiefs on "
        "counter-narcotics in Islamabad on Monday, attended by delegations from six countries.",
        1,
        K,
    ),
    (
        "en-closed",
        "The Commissioner of Police, Peter Mwangi, closed the annual meeting of the East African Police "
        "Chiefs Cooperation Organisation in Mombasa on Friday.",
        1,
        K,
    ),
    (
        "en-co-chaired",
        "Home Secretary James Carter and French Interior Minister Pierre Garnier co-chaired the "
        "UK-France migration summit in London on Wednesday.",
        1,
        None,
    ),
    (
        "en-presided",
        "The Minister of Internal Security, Issa Maïga, presided over the joint security commission "
        "with Burkina Faso in Niamey on Tuesday, with his counterpart Jean Sawadogo.",
        1,
        None,
    ),
    (
        "en-signed",
        "The Inspector-General of Police, Musa Abubakar, and the Ghana Police Service chief, Kofi Mensah, "
        "signed a memorandum of understanding on cross-border crime in Abuja on Monday.",
        1,
        S,
    ),
    (
        "en-virtual",
        "The National Police Commissioner, Lindiwe Dlamini, held a virtual meeting with the Europol "
        "Executive Director, Anna Schmidt, on Tuesday on cybercrime.",
        1,
        C,
    ),
    (
        "en-phone",
        "The Interior Minister, Ahmed Rashid, spoke by phone on Monday with his Iranian counterpart, "
        "Hossein Karimi, about border security.",
        1,
        C,
    ),
    (
        "en-phone-call",
        "Home Affairs Minister Rajesh Kumar had a telephone conversation with the Maldivian Minister "
        "of Homeland Security, Ali Shareef, on Thursday.",
        1,
        C,
    ),
    (
        "en-in-a-meeting",
        "In a meeting with the Chinese Ambassador, Li Wei, in Islamabad on Thursday, Interior "
        "Minister Ahmed Rashid discussed the security of Chinese nationals.",
        1,
        None,
    ),
    (
        "en-during-talks",
        "During talks with the Dutch Minister of Justice, Jan de Vries, in Rabat on Tuesday, the "
        "Director General of National Security, Hassan Alami, stressed the fight against drug trafficking.",
        1,
        W,
    ),
    (
        "en-at-a-meeting",
        "At a meeting held at the Police Headquarters in Accra on Monday, the Inspector-General of "
        "Police, Kofi Mensah, and the US Ambassador, Mary Brown, discussed community policing.",
        1,
        None,
    ),
    (
        "en-headline-courtesy",
        "Courtesy call: Australian High Commissioner visits Police Commissioner\n"
        "The Australian High Commissioner, Emma Wilson, was received on Tuesday in Port Moresby by Police "
        "Commissioner David Kila.",
        1,
        V,
    ),
    (
        "en-headline-igp-hosts",
        "IGP hosts Indonesian police delegation\n"
        "The Inspector-General of Police, Musa Abubakar, received on Monday in Abuja a delegation of the Indonesian "
        "National Police led by Budi Santoso.",
        1,
        None,
    ),
    (
        "en-headline-bilateral",
        "Bilateral talks between Kenya and Uganda police chiefs\n"
        "Commissioner Peter Mwangi and Inspector General Thomas Ochieng met in Nairobi on Monday.",
        1,
        W,
    ),
    (
        "en-headline-only-hosts",
        "IGP hosts Ghanaian counterpart in Abuja\n"
        "The two police chiefs discussed cross-border crime and the exchange of intelligence.",
        1,
        None,
    ),
    (
        "en-discussed-with",
        "Police Commissioner David Kila discussed regional security with the New Zealand "
        "Police Deputy Commissioner, Sarah Clarke, in Port Moresby on Wednesday.",
        1,
        None,
    ),
    (
        "en-visited",
        "The Director of the FBI, Mark Johnson, visited the headquarters of the Colombian National "
        "Police in Bogotá on Tuesday, where he met the Director General, Carlos Mendez.",
        1,
        None,
    ),
    (
        "en-meeting-took-place",
        "A meeting took place on Monday in Manila between the Chief of the Philippine "
        "National Police, Jose Santos, and the Australian Federal Police Commissioner, Emma Wilson.",
        1,
        W,
    ),
    (
        "en-engagement",
        "The Inspector General of Police, Thomas Ochieng, had a fruitful engagement with the "
        "Ambassador of Germany, Klaus Weber, in Kampala on Thursday on police training.",
        1,
        None,
    ),
    (
        "en-met-with",
        "The Inspector General of Police, Thomas Ochieng, met with the Chief of Defence Forces of "
        "South Sudan, Peter Deng, in Kampala on Friday to discuss border security.",
        1,
        None,
    ),
    (
        "en-paid-visit",
        "The Director General of the Indonesian National Police, Budi Santoso, paid a working visit to "
        "the Royal Malaysia Police headquarters in Kuala Lumpur on Tuesday.",
        1,
        V,
    ),
    (
        "en-led-delegation",
        "Deputy Commissioner John Massawe led a Tanzanian police delegation to Nairobi on Monday "
        "for talks with the National Police Service on cross-border crime.",
        1,
        None,
    ),
    (
        "en-on-sidelines",
        "On the sidelines of the Interpol General Assembly in Lyon, the Inspector-General of Police, "
        "Musa Abubakar, held a bilateral meeting with the Director of the FBI, Mark Johnson.",
        1,
        None,
    ),
    (
        "en-exchanged-views",
        "The Minister of Home Affairs, Rajesh Kumar, exchanged views with the Ambassador of "
        "France, Pierre Garnier, on counter-terrorism cooperation in New Delhi on Monday.",
        1,
        None,
    ),
    (
        "en-interacted",
        "The Commissioner of Police, David Kila, interacted with a visiting delegation of the "
        "Australian Federal Police led by Commander Emma Wilson in Port Moresby on Thursday.",
        1,
        None,
    ),
    (
        "en-engaged",
        "Police Commissioner Sarah Banda engaged the Zimbabwe Republic Police Commissioner-General, "
        "Tendai Moyo, in Lusaka on Tuesday on the management of the common border.",
        1,
        None,
    ),
    (
        "en-inked",
        "The Royal Thai Police and the Cambodian National Police inked a memorandum of understanding "
        "on human trafficking in Bangkok on Monday.",
        1,
        S,
    ),
    (
        "en-visit-noun",
        "Visit of the Chief of the Australian Federal Police to the Royal Solomon Islands Police\n"
        "Commissioner Emma Wilson was welcomed on Monday in Honiara by Police Commissioner James Tora.",
        1,
        None,
    ),
    (
        "en-working-visit-noun",
        "Working visit of the Ghanaian Inspector-General of Police to Abuja\n"
        "Kofi Mensah was received on Tuesday by his Nigerian counterpart, Musa Abubakar.",
        1,
        None,
    ),
    (
        "en-meeting-noun",
        "Meeting between the Home Secretary and the French Interior Minister\n"
        "James Carter and Pierre Garnier discussed small boat crossings in London on Thursday.",
        1,
        W,
    ),
    (
        "en-talks-held",
        "Talks were held in Islamabad on Monday between Interior Minister Ahmed Rashid and the "
        "Afghan Deputy Interior Minister, Abdul Karimi, on border management.",
        1,
        W,
    ),
    (
        "en-video-conference",
        "The Director General of the National Police, Carlos Mendez, took part on Tuesday in a "
        "video conference with the Ameripol Executive Director, Luis Ramos.",
        1,
        C,
    ),
    (
        "en-gracing",
        "The Inspector-General of Police, Kofi Mensah, on Monday graced the opening of the West African "
        "Police Chiefs Committee meeting in Accra, attended by delegates from fifteen countries.",
        1,
        K,
    ),
    (
        "en-joined",
        "Commissioner Peter Mwangi joined his counterparts from Uganda, Tanzania and Rwanda at the EAPCCO "
        "Council of Police Chiefs meeting in Arusha on Thursday.",
        1,
        K,
    ),
    (
        "en-delegation-visited",
        "A delegation of the Garda Síochána led by Assistant Commissioner Sean Murphy visited "
        "the Police Service of Northern Ireland headquarters in Belfast on Tuesday.",
        1,
        None,
    ),
    (
        "en-passive-hosted",
        "A delegation of the Zambia Police Service led by Commissioner Sarah Banda was hosted by "
        "the Namibian Police Force in Windhoek on Friday.",
        1,
        None,
    ),
    (
        "en-received-visit",
        "The Inspector-General of Police, Musa Abubakar, received a visit from the Head of the "
        "EU Delegation, Anna Schmidt, at the Force Headquarters in Abuja on Tuesday.",
        1,
        None,
    ),
    (
        "en-visited-by",
        "The police headquarters in Nairobi was visited on Monday by a delegation of the Ethiopian "
        "Federal Police led by Commissioner Abebe Tadesse.",
        1,
        None,
    ),
    (
        "en-convened",
        "The Minister of Interior, Ahmed Rashid, convened a meeting with the ambassadors of Iran and "
        "Afghanistan in Islamabad on Monday on border management.",
        1,
        None,
    ),
    (
        "en-addressed",
        "Commissioner Sarah Banda addressed the SADC ministerial meeting on transnational crime in "
        "Maputo on Thursday, attended by ministers from twelve member states.",
        1,
        K,
    ),
    (
        "en-keynote",
        "The Inspector-General of Police, Kofi Mensah, delivered the keynote address at the African "
        "Police Chiefs Summit in Algiers on Monday.",
        1,
        K,
    ),
    (
        "en-participated",
        "The Director General of the National Police, Carlos Mendez, participated in the Ameripol "
        "summit of police chiefs in Lima on Thursday.",
        1,
        K,
    ),
    (
        "en-travelled",
        "The Home Secretary, James Carter, travelled to Paris on Monday, where she met the French "
        "Interior Minister, Pierre Garnier.",
        1,
        None,
    ),
    (
        "en-arrived",
        "The Director of the FBI, Mark Johnson, arrived in Bogotá on Monday for a three-day visit during "
        "which he will meet the Director General of the National Police, Carlos Mendez.",
        1,
        None,
    ),
    (
        "en-presided-joint",
        "Interior Minister Ahmed Rashid presided over a meeting of the Pakistan-Afghanistan joint "
        "border commission in Islamabad on Tuesday, with the Afghan Deputy Minister Abdul Karimi.",
        1,
        None,
    ),
    (
        "en-chaired",
        "The Minister of Home Affairs, Rajesh Kumar, chaired the India-Bangladesh home secretary-level "
        "talks in New Delhi on Monday with his counterpart, Abdul Rahman.",
        1,
        None,
    ),
    (
        "en-headline-discuss",
        "IGP, British envoy discuss police training\n"
        "The Inspector-General of Police, Musa Abubakar, and the British High Commissioner, John Smith, reviewed "
        "police training in Abuja on Tuesday.",
        1,
        None,
    ),
    (
        "en-headline-meeting-of",
        "Meeting of the Kenyan and Ugandan police chiefs in Nairobi\n"
        "The two chiefs, Peter Mwangi and Thomas Ochieng, agreed on joint patrols along the border.",
        1,
        W,
    ),
    (
        "en-led-team",
        "Commissioner Sarah Banda led a Zambian police team to Harare on Tuesday for talks with the "
        "Zimbabwe Republic Police on cattle rustling.",
        1,
        None,
    ),
    (
        "en-caption",
        "Police Commissioner David Kila (left) with the New Zealand Police Deputy Commissioner, Sarah "
        "Clarke, during their meeting in Port Moresby on Wednesday.",
        1,
        None,
    ),
    (
        "en-sat-down",
        "The Commissioner of Police, Peter Mwangi, sat down with the British High Commissioner, John "
        "Smith, in Nairobi on Tuesday to review cooperation against terrorism.",
        1,
        None,
    ),
    (
        "en-led-delegation-to-meeting",
        "The IGP on Tuesday led the Nigerian delegation to the West African Police Chiefs "
        "Committee meeting in Accra.",
        1,
        K,
    ),
    (
        "en-headed-delegation-discussions",
        "Commissioner Sarah Banda headed a Zambian delegation to Lilongwe on Monday for "
        "discussions with the Malawi Police Service.",
        1,
        None,
    ),
    (
        "en-jointly-inspected",
        "The Inspector General of Police, Thomas Ochieng, and the Kenyan police chief, Peter "
        "Mwangi, on Tuesday inspected joint border posts at Busia.",
        1,
        None,
    ),
    (
        "en-jointly-launched",
        "The Commissioner of Police, Peter Mwangi, and the British High Commissioner, John Smith, "
        "on Monday launched a joint cybercrime unit in Nairobi.",
        1,
        None,
    ),
    (
        "en-farewelled",
        "Police Commissioner David Kila farewelled the outgoing Australian Federal Police adviser, Emma "
        "Wilson, in Port Moresby on Tuesday.",
        1,
        None,
    ),
]

_SHAPE: list[tuple[str, str, int, str | None]] = [
    (
        "shape-dateline-fr",
        "Rabat, 10 mars 2026 (MAP) - Le directeur général de la sûreté nationale, Hassan Alami, a "
        "reçu mardi au siège de la DGSN le chef de la police danoise, Mikael Wern.",
        1,
        None,
    ),
    (
        "shape-dateline-en",
        "ABUJA, March 10 (NAN) - The Inspector-General of Police, Musa Abubakar, on Tuesday "
        "received a delegation of the Ghana Police Service in Abuja.",
        1,
        None,
    ),
    (
        "shape-debris-fr",
        "Accueil > Actualités > Coopération\nPartager Facebook Twitter\nLe ministre de "
        "l'Intérieur, Oumar Diallo, a reçu mardi à Conakry l'ambassadeur du Maroc, Hassan Alami.\nLAISSER UN "
        "COMMENTAIRE",
        1,
        None,
    ),
    (
        "shape-debris-en",
        "Home | News | Press releases\nShare this: Facebook WhatsApp\nThe Commissioner of Police, "
        "Peter Mwangi, received the German Ambassador, Klaus Weber, in Nairobi on Monday.\nRelated posts",
        1,
        None,
    ),
    (
        "shape-headline-only-fr",
        "Le DGSN reçoit le chef de la police fédérale belge\n"
        "La coopération dans la lutte contre le terrorisme et le crime organisé a été au centre des discussions.",
        1,
        None,
    ),
    (
        "shape-headline-only-en",
        "Police Commissioner meets New Zealand envoy\n"
        "Police training and the fight against transnational crime were the focus of the discussions.",
        1,
        None,
    ),
    (
        "shape-headline-colon-fr",
        "Coopération sécuritaire : le ministre de l'Intérieur échange avec l'ambassadeur "
        "d'Espagne\nLes deux personnalités ont passé en revue la lutte contre la migration irrégulière.",
        1,
        None,
    ),
    (
        "shape-headline-colon-en",
        "Security cooperation: IGP, US envoy discuss cybercrime\n"
        "The two officials reviewed the training of cybercrime investigators at the Force Headquarters in Abuja.",
        1,
        None,
    ),
    (
        "shape-caption-en",
        "PHOTO: The Commissioner of Police, Peter Mwangi (right), with the British High "
        "Commissioner, John Smith, during a courtesy call at the police headquarters in Nairobi on Monday.",
        1,
        None,
    ),
    (
        "shape-caption-fr",
        "Photo de famille à l'issue de la séance de travail entre le directeur général de la "
        "police, Yawo Amegah, et la délégation de la police ghanéenne, mardi à Lomé.",
        1,
        None,
    ),
    (
        "shape-bullet-en",
        "Highlights of the week:\n- The IGP received the Chinese Ambassador, Li Wei, on Tuesday.\n"
        "- Ten suspects were arrested in Kano.",
        1,
        None,
    ),
    (
        "shape-two-meetings-en",
        "The Inspector-General of Police, Musa Abubakar, received the British High "
        "Commissioner, John Smith, on Monday in Abuja. On Wednesday he held talks with the Ambassador of Japan, Kenji "
        "Ito.",
        2,
        None,
    ),
    (
        "shape-two-meetings-fr",
        "Le ministre de l'Intérieur, Ibrahima Sarr, a reçu lundi l'ambassadeur de France, Marc "
        "Dubois. Mercredi, il s'est entretenu avec l'ambassadeur d'Italie, Marco Bianchi.",
        2,
        None,
    ),
]

# the encounter as a noun phrase whose clause tells who met whom, the sentence's verb about what was said
_NOUN_CLAUSE: list[tuple[str, str, int, str | None]] = [
    (
        "clause-call-paid-by",
        "This follows a courtesy call paid by the Acting Police Commissioner, Rusiate Tudravu, to "
        "the US Acting Head of Mission, Antone Greubel, at his office in Suva on Tuesday.",
        1,
        V,
    ),
    (
        "clause-during-call-paid",
        "The issue was raised during a courtesy call paid by the Police Commissioner, David "
        "Kila, to the Australian High Commissioner, Emma Wilson, on Tuesday.",
        1,
        V,
    ),
    (
        "clause-call-paid-on",
        "Drug trafficking was discussed during a courtesy call paid on Tuesday by the Belgian "
        "Ambassador, Luc Peeters, on the Inspector-General of Police, Musa Abubakar.",
        1,
        V,
    ),
    (
        "clause-visit-paid",
        "Training was the focus of a courtesy visit paid on Monday by the German Ambassador, Klaus "
        "Weber, to the Inspector General of Police, Thomas Ochieng, in Kampala.",
        1,
        V,
    ),
    (
        "clause-possessive-meeting",
        "The Commissioner's meeting on Monday with the visiting Tanzanian police chief, John "
        "Massawe, focused on cattle rustling.",
        1,
        None,
    ),
    (
        "clause-possessive-meeting-yesterday",
        "The Minister's meeting yesterday with the EU Ambassador, Anna Schmidt, "
        "centred on border management.",
        1,
        None,
    ),
    (
        "clause-possessive-talks",
        "The DGSN chief's talks on Tuesday with his Spanish counterpart, Carlos Ruiz, covered migration.",
        1,
        None,
    ),
    (
        "clause-entretien-que-eu",
        "La lutte contre le terrorisme a dominé l'entretien que le ministre de l'Intérieur, "
        "Ibrahima Sarr, a eu mardi avec son homologue malien, Moussa Keïta.",
        1,
        W,
    ),
    (
        "clause-entretien-que-sujet",
        "L'entretien que le directeur général de la police, Yawo Amegah, a eu mardi avec "
        "l'ambassadeur d'Allemagne, Klaus Weber, a porté sur la formation.",
        1,
        W,
    ),
    (
        "clause-entretien-accorde",
        "Au cours de l'entretien qu'il a accordé mardi à l'ambassadeur de Suisse, Hans "
        "Müller, le ministre Oumar Diallo a évoqué la formation.",
        1,
        None,
    ),
    (
        "clause-echanges-que",
        "Les échanges que le ministre a eus lundi avec son homologue nigérien, Issa Maïga, ont "
        "porté sur le Sahel.",
        1,
        None,
    ),
    (
        "clause-visite-effectuee",
        "La formation a été au centre de la visite de courtoisie effectuée mardi par "
        "l'ambassadeur du Japon, Kenji Ito, auprès du directeur général de la police, Yawo Amegah.",
        1,
        V,
    ),
    (
        "clause-talks-held-between",
        "Cybercrime dominated the talks held on Tuesday in Nairobi between the Commissioner "
        "of Police, Peter Mwangi, and the British High Commissioner, John Smith.",
        1,
        W,
    ),
    (
        "clause-between-object-en",
        "Border security dominated the meeting, on Tuesday in Nairobi, between Commissioner "
        "Peter Mwangi and his Ugandan counterpart, Thomas Ochieng.",
        1,
        W,
    ),
    (
        "clause-between-object-fr",
        "La formation a dominé la rencontre, mardi à Lomé, entre le ministre de la Sécurité, "
        "Kodjo Mensah, et l'ambassadeur d'Allemagne, Klaus Weber.",
        1,
        None,
    ),
    (
        "clause-between-fruit",
        "L'accord est le fruit de la rencontre entre le ministre de la Sécurité, Kodjo Mensah, "
        "et son homologue béninois, Alain Gbaguidi, mardi à Lomé.",
        1,
        None,
    ),
    (
        "clause-between-subject-fr",
        "La rencontre, mardi à Lomé, entre le ministre de la Sécurité, Kodjo Mensah, et son "
        "homologue béninois, Alain Gbaguidi, a porté sur la frontière.",
        1,
        None,
    ),
    (
        "clause-between-result",
        "This agreement is the result of a meeting between General Gregory Guillot and the "
        "Mexican Secretary of Defense, Ricardo Trevilla, in Mexico City on Tuesday.",
        1,
        None,
    ),
    (
        "clause-between-taken-at",
        "The decision was taken at a meeting in Accra on Monday between the Inspector-General "
        "of Police, Kofi Mensah, and the Togolese police chief, Yawo Amegah.",
        1,
        None,
    ),
]

_SUBJECT: list[tuple[str, str, int, str | None]] = [
    (
        "subj-title-only",
        "Le directeur général de la police nationale a reçu mardi à Lomé l'ambassadeur de "
        "l'Union européenne au Togo.",
        1,
        None,
    ),
    (
        "subj-title-only-en",
        "The Inspector-General of Police on Tuesday received the Ambassador of the Netherlands "
        "at the Force Headquarters in Abuja.",
        1,
        None,
    ),
    (
        "subj-acronym-fr",
        "La DGSN a reçu mardi à Rabat une délégation de la police fédérale belge conduite par le "
        "commissaire général Luc Peeters.",
        1,
        None,
    ),
    (
        "subj-acronym-en",
        "The DGSN hosted on Tuesday in Rabat a delegation of the Belgian Federal Police led by "
        "Commissioner General Luc Peeters.",
        1,
        None,
    ),
    (
        "subj-delegation-fr",
        "Une délégation de la police fédérale allemande conduite par Klaus Becker a été reçue "
        "lundi à Alger par le directeur général de la sûreté nationale, Karim Belhadj.",
        1,
        None,
    ),
    (
        "subj-delegation-en",
        "A delegation of the Indonesian National Police led by Inspector General Budi Santoso "
        "met the Chief of the Royal Malaysia Police, Ahmad Razak, in Kuala Lumpur on Tuesday.",
        1,
        None,
    ),
    (
        "subj-embassy-fr",
        "L'ambassade de France au Niger a reçu jeudi à Niamey le directeur général de la police "
        "nationale, Abdou Issoufou, pour une séance de travail sur la sécurité des frontières.",
        1,
        W,
    ),
    (
        "subj-embassy-en",
        "The US Embassy in Accra hosted the Inspector-General of Police, Kofi Mensah, on Tuesday "
        "for talks on cybercrime.",
        1,
        None,
    ),
    (
        "subj-ministry-fr",
        "Le ministère de l'Intérieur a accueilli lundi à Dakar une délégation du ministère "
        "espagnol de l'Intérieur conduite par le secrétaire d'État Carlos Ruiz.",
        1,
        None,
    ),
    (
        "subj-ministry-en",
        "The Ministry of Home Affairs hosted a delegation of the Maldives Police Service led by "
        "Commissioner Ali Shareef in New Delhi on Monday.",
        1,
        None,
    ),
    (
        "subj-service-dgsn",
        "The DGSN received on Wednesday a delegation of the Danish police led by Mikael Wern in "
        "Rabat to discuss organised crime.",
        1,
        None,
    ),
    (
        "subj-service-scotland",
        "Police Scotland hosted a delegation of the Garda Síochána led by Assistant "
        "Commissioner Sean Murphy in Edinburgh on Tuesday.",
        1,
        None,
    ),
    (
        "subj-service-fr",
        "La police nationale a accueilli mardi à Abidjan une délégation de la gendarmerie royale du "
        "Canada conduite par le surintendant Paul Tremblay.",
        1,
        None,
    ),
    (
        "subj-two-services",
        "The Ghana Police Service and the Nigeria Police Force held a joint meeting in Accra on "
        "Thursday on cross-border crime.",
        1,
        None,
    ),
    (
        "subj-counterparts",
        "Les directeurs généraux des polices du Bénin et du Togo, Séverin Dossou et Yawo Amegah, "
        "se sont rencontrés mardi à Cotonou.",
        1,
        None,
    ),
    (
        "subj-counterparts-en",
        "The police chiefs of Kenya and Uganda, Peter Mwangi and Thomas Ochieng, met in Nairobi on Tuesday.",
        1,
        None,
    ),
]

_TENSE: list[tuple[str, str, int, str | None]] = [
    (
        "tense-present-en",
        "Interior Minister Ahmed Rashid meets Chinese Ambassador Li Wei\n"
        "Interior Minister Ahmed Rashid meets the Chinese Ambassador, Li Wei, in Islamabad to discuss security.",
        1,
        None,
    ),
    (
        "tense-present-fr",
        "Le ministre de l'Intérieur reçoit l'ambassadeur de Turquie\n"
        "Le ministre de l'Intérieur, Oumar Diallo, reçoit ce mardi à Conakry l'ambassadeur de Turquie, Mehmet "
        "Yilmaz.",
        1,
        None,
    ),
    (
        "tense-will-en",
        "The Inspector-General of Police, Musa Abubakar, will visit Accra next week, where he will "
        "meet his Ghanaian counterpart, Kofi Mensah.",
        1,
        None,
    ),
    (
        "tense-expected-en",
        "The Home Secretary, James Carter, is expected to meet the French Interior Minister, "
        "Pierre Garnier, in Paris on Thursday.",
        1,
        None,
    ),
    (
        "tense-effectuera",
        "Le ministre de l'Intérieur du Tchad, Mahamat Abakar, effectuera une visite de travail à "
        "Yaoundé du 10 au 12 mars.",
        1,
        V,
    ),
    (
        "tense-attendu",
        "Le directeur de la police fédérale belge, Luc Peeters, est attendu lundi à Kinshasa pour une "
        "séance de travail avec le commissaire général de la police congolaise, Jean Mbala.",
        1,
        None,
    ),
    (
        "tense-se-rendra",
        "Le ministre de la Sécurité, Issa Maïga, se rendra la semaine prochaine à Bamako pour "
        "rencontrer son homologue malien, Moussa Keïta.",
        1,
        None,
    ),
    (
        "tense-background-fr",
        "Le ministre de l'Intérieur a rappelé mardi que lors de leur rencontre de janvier 2024 à "
        "Madrid, les deux ministres avaient décidé de créer une équipe commune d'enquête.",
        0,
        None,
    ),
    (
        "tense-background-en",
        "Speaking at a press briefing on Tuesday, the Commissioner recalled that during his "
        "2023 meeting with the Ugandan police chief the two had agreed to share intelligence.",
        0,
        None,
    ),
    (
        "tense-will-fr",
        "Le directeur général de la police nationale, Albert Kouassi, recevra jeudi à Abidjan une "
        "délégation d'Interpol conduite par le directeur régional Marc Dubois.",
        1,
        None,
    ),
    (
        "tense-upcoming-en",
        "The Kenyan and Ugandan police chiefs are set to hold talks in Kampala next week on cattle "
        "rustling along the border.",
        1,
        None,
    ),
    (
        "tense-scheduled",
        "The Police Commissioner, Sarah Banda, is scheduled to hold talks with the Botswana Police "
        "Commissioner, Keabetswe Molefe, in Gaborone on Friday.",
        1,
        None,
    ),
]

# (class, text): a page that reports no meeting
_NEGATIVE: list[tuple[str, str]] = [
    (
        "neg-arrest-fr",
        "Les services de la police judiciaire ont interpellé mardi à Casablanca trois individus "
        "soupçonnés d'appartenir à un réseau de trafic de drogue.",
    ),
    (
        "neg-arrest-en",
        "Police in Nairobi arrested four suspects on Tuesday in connection with a series of "
        "robberies, the National Police Service said.",
    ),
    (
        "neg-seizure-fr",
        "Les éléments de la sûreté nationale ont saisi lundi à Tanger plus de deux tonnes de "
        "chira dissimulées dans un camion.",
    ),
    (
        "neg-seizure-en",
        "Customs officers seized 300 kilograms of cocaine at the port of Durban on Monday, the "
        "South African Revenue Service said.",
    ),
    (
        "neg-appointment-fr",
        "Le conseil des ministres a nommé mercredi le commissaire divisionnaire Albert Kouassi "
        "au poste de directeur général de la police nationale.",
    ),
    (
        "neg-appointment-en",
        "The President has appointed Deputy Inspector-General Kofi Mensah as the new "
        "Inspector-General of Police with effect from Monday.",
    ),
    (
        "neg-stats-fr",
        "La police nationale a enregistré 1 245 accidents de la circulation au premier trimestre, "
        "soit une baisse de 12 % par rapport à l'an dernier.",
    ),
    (
        "neg-stats-en",
        "Crime fell by 8 per cent in the last quarter, according to figures released on Tuesday by "
        "the Metropolitan Police.",
    ),
    (
        "neg-condolences-fr",
        "Le directeur général de la police nationale présente ses condoléances les plus "
        "attristées aux familles des deux policiers décédés lundi dans un accident.",
    ),
    (
        "neg-condolences-en",
        "The Inspector-General of Police has expressed his condolences to the families of the "
        "officers who lost their lives in the line of duty on Sunday.",
    ),
    (
        "neg-praise-fr",
        "Le ministre de l'Intérieur a salué le professionnalisme des forces de sécurité lors des "
        "opérations de maintien de l'ordre du week-end.",
    ),
    (
        "neg-praise-en",
        "The Home Secretary praised the courage of the officers who responded to the fire in "
        "Manchester on Saturday.",
    ),
    (
        "neg-graduation-fr",
        "Le directeur général de la police, Séverin Dossou, a présidé vendredi à Cotonou la "
        "cérémonie de sortie de la 25e promotion des élèves commissaires de l'école nationale de police.",
    ),
    (
        "neg-graduation-en",
        "The Inspector-General of Police, Musa Abubakar, on Friday presided over the passing-out "
        "parade of 800 constables at the Police Training School in Kaduna.",
    ),
    (
        "neg-past-fr",
        "Lors de leur rencontre de 2019 à Rabat, les deux ministres avaient convenu de renforcer la "
        "coopération. Le ministre a publié mardi un bilan des actions menées depuis.",
    ),
    (
        "neg-past-en",
        "The agreement signed in 2019 between the two police services has led to 40 joint operations, "
        "the Commissioner said in a statement on Tuesday.",
    ),
    (
        "neg-tender-fr",
        "Avis d'appel d'offres national n° 12/2026 : la direction générale de la police nationale "
        "lance un appel d'offres pour la fourniture de véhicules de patrouille.",
    ),
    (
        "neg-tender-en",
        "Invitation to tender: the National Police Service invites sealed bids for the supply of "
        "communication equipment. Bids close on 30 April.",
    ),
    (
        "neg-job-fr",
        "Recrutement : la police nationale organise un concours direct pour le recrutement de 500 "
        "élèves gardiens de la paix. Les dossiers sont reçus jusqu'au 15 avril.",
    ),
    (
        "neg-job-en",
        "Vacancy: the Police Service Commission invites applications for the post of Director of "
        "Forensic Services. Applications will be received until 30 May.",
    ),
    (
        "neg-advice-fr",
        "Conseils de prévention : la police nationale vous rappelle de ne jamais communiquer vos "
        "codes bancaires par téléphone et de signaler toute tentative d'escroquerie.",
    ),
    (
        "neg-advice-en",
        "Crime prevention advice: lock your doors and windows, keep valuables out of sight, and "
        "report any suspicious activity to your local police station.",
    ),
    (
        "neg-statement-fr",
        "Le ministère de l'Intérieur dément les informations publiées par un site en ligne "
        "concernant la mutation de plusieurs commissaires de police.",
    ),
    (
        "neg-statement-en",
        "The Police Service has dismissed as false a social media post claiming that officers "
        "would be deployed to polling stations.",
    ),
    (
        "neg-internal-fr",
        "Le directeur général de la police a tenu lundi une réunion avec les directeurs régionaux "
        "pour faire le point de la sécurité pendant les fêtes.",
    ),
    (
        "neg-donation-fr",
        "La police nationale a réceptionné lundi un lot de matériel informatique destiné à la "
        "lutte contre la cybercriminalité, a annoncé la direction de la communication.",
    ),
    (
        "neg-promotion-en",
        "Twenty senior officers were promoted to the rank of Assistant Commissioner of Police on "
        "Tuesday, the Police Service Commission announced.",
    ),
    (
        "neg-operation-fr",
        "Une opération de sécurisation a été menée ce week-end dans les quartiers nord de la ville "
        "par les unités de la police nationale, qui ont interpellé douze personnes.",
    ),
    (
        "neg-warning-en",
        "Police warn the public against fake recruitment adverts circulating on social media. The "
        "Police Service does not charge any fee for recruitment.",
    ),
    (
        "neg-deploy-en",
        "The Inspector-General of Police has ordered the deployment of additional officers to Plateau "
        "State following renewed clashes.",
    ),
    (
        "neg-graduation-foreign-trainers-fr",
        "La cérémonie de fin de formation de 40 agents de la police judiciaire "
        "s'est déroulée vendredi à l'école nationale de police de Lomé, sous la présidence du directeur général.",
    ),
    (
        "neg-tribute-fr",
        "La direction générale de la police rend hommage au commissaire Paul Nkoa, décédé dimanche à "
        "l'âge de 58 ans après trente ans de service.",
    ),
    (
        "neg-background-only-en",
        "Two years after the Nairobi meeting of police chiefs that launched the joint task "
        "force, the task force has dismantled 14 trafficking networks, the police said on Tuesday.",
    ),
    (
        "neg-own-meeting-en",
        "The Inspector-General of Police held a meeting with all state commissioners in Abuja on "
        "Monday to review security arrangements for the elections.",
    ),
    (
        "neg-visit-own-unit-fr",
        "Le directeur général de la police a visité lundi le commissariat central de Lomé pour "
        "s'enquérir des conditions de travail des agents.",
    ),
    (
        "neg-own-inspection-en",
        "The Inspector General of Police, Thomas Ochieng, and his deputy, Paul Okoth, on "
        "Tuesday inspected police stations in Gulu.",
    ),
    (
        "neg-own-inauguration-fr",
        "Le ministre de l'Intérieur et le directeur général de la police ont inauguré mardi "
        "un commissariat à Kankan.",
    ),
    (
        "neg-received-thing",
        "The Nigeria Police Force received 50 patrol vehicles on Tuesday, the Force spokesman "
        "said in a statement.",
    ),
]


#: Rows the reader still misreads, and why. Strict: a reader that learns one fails here until its mark goes.
_STILL_MISSED = {
    # a headline whose two sides are joined by a comma or are one plural ("IGP, US envoy discuss …", "Meeting of the
    # Kenyan and Ugandan police chiefs") over a body that names the encounter only as "the two officials"
    "en-headline-meeting-of": "a headline's plural sides over 'the two chiefs'",
    "shape-headline-colon-en": "a headline's comma-joined sides over 'the two officials'",
    # two named people doing something together, one of them of a country and the other of none: in a sentence (not a
    # heading's "between") that is also a minister and his own police chief, so it is not read as two sides
    "en-jointly-inspected": "'A and the Kenyan police chief B inspected': one side named by its country only",
}


def _grid() -> list[object]:
    rows: list[object] = []
    for table in (_ENCOUNTER_FR, _ENCOUNTER_EN, _SHAPE, _NOUN_CLAUSE, _SUBJECT, _TENSE):
        for name, text, count, kind in table:
            missed = (
                [pytest.mark.xfail(strict=True, reason=_STILL_MISSED[name])] if name in _STILL_MISSED else []
            )
            rows.append(pytest.param(text, count, kind, id=name, marks=missed))
    rows += [pytest.param(text, 0, None, id=name) for name, text in _NEGATIVE]
    return rows


@pytest.mark.parametrize(("text", "count", "kind"), _grid())
def test_a_page_reports_as_many_meetings_as_it_tells(text: str, count: int, kind: str | None) -> None:
    record = read_offline(text, published="2026-03-12")
    assert record.is_meeting_report is (count > 0)
    assert len(record.meetings) == count
    if kind is not None:
        assert record.meetings[0].kind == MeetingKind(kind)

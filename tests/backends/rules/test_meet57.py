"""How a meeting is told, as a grid (meet57): one row per way a communiqué tells an encounter, French and English.

The encounter word (receive, host, welcome, meet, talks, confer, call on, courtesy visit, visit, sit down with, engage,
co-chair, attend, take part, open, preside over, address, lead a delegation, be received, audience, tête-à-tête, video
conference, phone call, sign, ink, initial, exchange instruments; « recevoir, accueillir, rencontrer, s'entretenir,
échanger avec, séance de travail, conférer, visite de courtoisie, effectuer une visite, se rendre au siège, prendre
part, participer, assister, présider, coprésider, ouvrir les travaux, signer, parapher, être reçu, accorder une
audience, tête-à-tête, visioconférence, entretien téléphonique »), the form (past, a headline's present, announced,
passive, a participle opening, a nominal headline alone, a pronoun, a title or a name alone, an institution, a plural
subject), and what is no meeting (an arrest, a seizure, an appointment, a course given, a statement, a meeting only
recalled, one called off, a sports match). Each row was labelled by the spec before the reader was run on it, and
asserts whether the page reports a meeting, how many, the first one's kind (where the spec makes it plain) and status,
and one named participant. Every name, place and date is invented.
"""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet
from support import read_offline

W, V, S, C, K = "working_meeting", "official_visit", "signing", "call", "conference"
H, A = "held", "announced"

# (way, text, meeting count, kind of the first or None where the spec leaves it open, status, one participant)
Row = tuple[str, str, int, str | None, str | None, str | None]


def _gap(row: Row, why: str) -> ParameterSet:
    """A row the reader does not pass yet, kept as a strict xfail that says why."""
    return pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(strict=True, reason=why))


ROWS: list[Row | ParameterSet] = [
    # ---- English: the encounter word, past tense
    (
        "received, en",
        "Accra, 12 May 2026 - The Inspector General of Police, Kofi Mensah, received on Tuesday the Togolese "
        "Director General of Police, Yao Agbeko, for talks on cross-border crime.",
        1,
        W,
        H,
        "Yao Agbeko",
    ),
    (
        "hosted, en",
        "Lusaka, 12 May 2026 - The Zambian Inspector General of Police, Mary Tembo, hosted her Malawian "
        "counterpart, James Banda, at Police Headquarters on Tuesday to discuss cattle rustling on the border.",
        1,
        W,
        H,
        "James Banda",
    ),
    (
        "welcomed, en",
        "New Delhi, 12 May 2026 - The Union Home Secretary, Rajesh Kumar, welcomed on Tuesday a delegation of the "
        "Sri Lanka Police led by Senior Deputy Inspector General Nimal Perera for talks on drug trafficking.",
        1,
        W,
        H,
        "Nimal Perera",
    ),
    (
        "met, en",
        "Nairobi, 12 May 2026 - The Kenyan Interior Cabinet Secretary, Peter Mwangi, met the Ugandan Minister of "
        "Internal Affairs, Grace Achieng, on Tuesday to discuss border security.",
        1,
        W,
        H,
        "Grace Achieng",
    ),
    (
        "held talks, en",
        "Algiers, 12 May 2026 - The Algerian Minister of the Interior, Brahim Salah, held talks on Tuesday with the "
        "Italian Minister of the Interior, Marco Bianchi, on irregular migration.",
        1,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "held discussions, en",
        "Dhaka, 12 May 2026 - The Inspector General of Police, Rafiqul Islam, held discussions on Tuesday with the "
        "Australian Federal Police liaison officer, Sarah Collins, on human trafficking.",
        1,
        W,
        H,
        "Sarah Collins",
    ),
    (
        "conferred with, en",
        "Manila, 12 May 2026 - The Chief of the Philippine National Police, General Ramon Cruz, conferred with the "
        "Indonesian National Police Chief, Budi Santoso, on Tuesday at Camp Aguinaldo on maritime crime.",
        1,
        W,
        H,
        "Budi Santoso",
    ),
    (
        "called on, en",
        "Abuja, 12 May 2026 - The Ambassador of Japan to Nigeria, Kenji Sato, called on the Inspector General of "
        "Police, Musa Bello, at the Force Headquarters on Tuesday.",
        1,
        V,
        H,
        "Kenji Sato",
    ),
    (
        "paid a courtesy visit, en",
        "Kampala, 12 May 2026 - The British High Commissioner, John Carter, paid a courtesy visit on Tuesday to the "
        "Inspector General of Police, Moses Okello, at Police Headquarters in Naguru.",
        1,
        V,
        H,
        "John Carter",
    ),
    (
        "visited an institution, en",
        "Kigali, 12 May 2026 - The Commissioner General of the Belgian Federal Police, Luc Peeters, visited the "
        "Rwanda National Police Training School in Gishari on Tuesday, where he was received by its commandant, "
        "Commissioner Jean Habimana.",
        1,
        V,
        H,
        "Luc Peeters",
    ),
    (
        "sat down with, en",
        "Port of Spain, 12 May 2026 - The Minister of National Security, Andre Baptiste, sat down with the "
        "United States Ambassador, Linda Moore, on Tuesday to discuss firearms trafficking.",
        1,
        W,
        H,
        "Linda Moore",
    ),
    (
        "engaged in discussions, en",
        "Kuwait City, 12 May 2026 - The Minister of Interior, Sheikh Ahmed Al-Sabah, engaged the British Ambassador, "
        "John Carter, in discussions on Tuesday on drug trafficking.",
        1,
        W,
        H,
        "John Carter",
    ),
    (
        "co-chaired, en",
        "Lomé, 12 May 2026 - The Ministers of Security of Ghana and Togo, Kofi Boateng and Yao Agbeko, co-chaired "
        "on Tuesday the fourth session of the Ghana-Togo joint commission on border security.",
        1,
        W,
        H,
        "Kofi Boateng",
    ),
    (
        "attended a conference, en",
        "Kigali, 12 May 2026 - The Inspector General of the Nigeria Police Force, Musa Bello, attended on Tuesday "
        "the INTERPOL African Regional Conference, which brought together police chiefs from 40 countries.",
        1,
        K,
        H,
        "Musa Bello",
    ),
    (
        "took part, en",
        "Vienna, 12 May 2026 - The Director of the Ghana Narcotics Control Commission, Ama Owusu, took part on "
        "Tuesday in the Commission on Narcotic Drugs session, alongside ministers from 50 member states.",
        1,
        K,
        H,
        "Ama Owusu",
    ),
    (
        "participated, en",
        "Singapore, 12 May 2026 - The Royal Malaysia Police Deputy Inspector General, Razali Osman, participated "
        "on Tuesday in the ASEANAPOL Conference with his counterparts from the ten member countries.",
        1,
        K,
        H,
        "Razali Osman",
    ),
    (
        "opened a meeting, en",
        "Accra, 12 May 2026 - The Minister of the Interior, Kofi Boateng, opened on Tuesday the annual meeting of "
        "West African police chiefs, attended by delegations from twelve countries.",
        1,
        K,
        H,
        "Kofi Boateng",
    ),
    (
        "presided over, en",
        "Ouagadougou, 12 May 2026 - The Minister of Security, Issa Traoré, presided over on Tuesday the meeting of "
        "the joint border committee with his Nigerien counterpart, Moussa Abdou.",
        1,
        W,
        H,
        "Moussa Abdou",
    ),
    (
        "addressed a conference, en",
        "Abu Dhabi, 12 May 2026 - The Commissioner of the Kenya Police, Peter Mwangi, addressed on Tuesday the "
        "International Conference on Cybercrime, which gathered police leaders from 30 countries.",
        1,
        K,
        H,
        "Peter Mwangi",
    ),
    (
        "led a delegation, en",
        "Islamabad, 13 May 2026 - The Additional Inspector General, Ali Raza, led a Pakistani delegation to Beijing "
        "on Tuesday for talks with the Chinese Ministry of Public Security on counter-terrorism.",
        1,
        W,
        H,
        "Ali Raza",
    ),
    (
        "was received by, en",
        "Niamey, 12 May 2026 - The Ambassador of Italy, Marco Bianchi, was received on Tuesday by the Minister of "
        "the Interior, Moussa Abdou, to discuss irregular migration.",
        1,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "granted an audience, en",
        "Muscat, 12 May 2026 - The Inspector General of Police and Customs, Hassan Al-Busaidi, granted an audience "
        "on Tuesday to the Indian Ambassador, Rajesh Kumar, on maritime security.",
        1,
        W,
        H,
        "Rajesh Kumar",
    ),
    (
        "tete-a-tete, en",
        "Dakar, 12 May 2026 - The Senegalese Minister of the Interior, Ibrahima Diallo, had a tête-à-tête on "
        "Tuesday with his Gambian counterpart, Lamin Jallow, on cross-border crime.",
        1,
        W,
        H,
        "Lamin Jallow",
    ),
    (
        "video conference, en",
        "Colombo, 12 May 2026 - The Inspector General of Police, Nimal Perera, held a video conference on Tuesday "
        "with the Maldives Police Commissioner, Ahmed Rasheed, on drug trafficking in the Indian Ocean.",
        1,
        C,
        H,
        "Ahmed Rasheed",
    ),
    (
        "phone call, en",
        "Baghdad, 12 May 2026 - The Iraqi Minister of Interior, Karim Hassan, had a phone call on Tuesday with the "
        "Jordanian Minister of Interior, Omar Khalil, on border security.",
        1,
        C,
        H,
        "Omar Khalil",
    ),
    (
        "received a telephone call, en",
        "Doha, 12 May 2026 - The Qatari Minister of Interior, Sheikh Khalid Al-Thani, received a telephone call on "
        "Tuesday from the Saudi Minister of Interior, Prince Faisal Al-Saud, on regional security.",
        1,
        C,
        H,
        "Khalid Al-Thani",
    ),
    (
        "signed, en",
        "Madrid, 12 May 2026 - The Spanish Minister of the Interior, Luis Ortega, and the Moroccan Minister of the "
        "Interior, Karim Bennani, signed on Tuesday a memorandum of understanding on police cooperation.",
        1,
        S,
        H,
        "Luis Ortega",
    ),
    (
        "inked, en",
        "Kuala Lumpur, 12 May 2026 - The Royal Malaysia Police and the Royal Thai Police inked on Tuesday a "
        "memorandum of understanding on border crime, signed by Inspector General Razali Osman and General "
        "Somchai Wong.",
        1,
        S,
        H,
        "Razali Osman",
    ),
    (
        "initialled, en",
        "Tirana, 12 May 2026 - The Albanian Minister of Interior, Arben Hoxha, and the Italian Undersecretary of "
        "the Interior, Marco Bianchi, initialled on Tuesday a readmission agreement.",
        1,
        S,
        H,
        "Arben Hoxha",
    ),
    (
        "exchanged instruments, en",
        "Abu Dhabi, 12 May 2026 - The Emirati Minister of Interior, Saif Al-Nahyan, and the Indian Ambassador, "
        "Rajesh Kumar, exchanged on Tuesday the instruments of ratification of the extradition treaty.",
        1,
        S,
        H,
        "Rajesh Kumar",
    ),
    # ---- English: the form
    (
        "headline present, en",
        "Inspector General of Police receives Togolese police chief Yao Agbeko\n\n"
        "Accra, 12 May 2026 - The two discussed cross-border crime and agreed to hold joint patrols.",
        1,
        W,
        H,
        "Yao Agbeko",
    ),
    (
        "is expected, en",
        "Rabat, 12 May 2026 - The Director General of the Spanish National Police, Luis Ortega, is expected in "
        "Rabat next week for talks with the Director General of National Security, Karim Bennani.",
        1,
        None,
        A,
        "Luis Ortega",
    ),
    (
        "will visit, en",
        "Nairobi, 12 May 2026 - The Ugandan Inspector General of Police, Moses Okello, will visit the Kenya Police "
        "Service headquarters next Monday at the invitation of Inspector General Peter Mwangi.",
        1,
        V,
        A,
        "Moses Okello",
    ),
    (
        "will meet, en",
        "Accra, 12 May 2026 - The Minister of the Interior, Kofi Boateng, will meet his Togolese counterpart, "
        "Yao Agbeko, in Lomé on Friday to review joint border patrols.",
        1,
        W,
        A,
        "Yao Agbeko",
    ),
    (
        "is scheduled to sign, en",
        "Dhaka, 12 May 2026 - The Home Minister, Rafiqul Islam, is scheduled to sign a memorandum of understanding "
        "on police training with the Indian Home Secretary, Rajesh Kumar, in New Delhi next week.",
        1,
        S,
        A,
        "Rajesh Kumar",
    ),
    (
        "passive welcomed, en",
        "Lusaka, 12 May 2026 - A delegation of the Malawi Police Service led by Deputy Inspector General James "
        "Banda was welcomed on Tuesday at Police Headquarters by the Zambian Inspector General, Mary Tembo.",
        1,
        W,
        H,
        "Mary Tembo",
    ),
    (
        "participle opening, en",
        "Abuja, 12 May 2026 - Received by the Inspector General of Police, Musa Bello, at the Force Headquarters "
        "on Tuesday, the German Ambassador, Klaus Becker, pledged support for police training.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "nominal headline courtesy call, en",
        "Courtesy call on the Inspector General of Police by the Ambassador of Japan, Kenji Sato\n\n"
        "Abuja, 12 May 2026 - Discussions centred on police training and the fight against cybercrime.",
        1,
        V,
        H,
        "Kenji Sato",
    ),
    (
        "nominal headline meeting between, en",
        "Meeting between Interior Ministers Peter Mwangi and Grace Achieng\n\n"
        "Nairobi, 12 May 2026 - Discussions focused on cattle rustling along the Kenya-Uganda border.",
        1,
        W,
        H,
        "Grace Achieng",
    ),
    (
        "pronoun subject, en",
        "Interior Minister in Lomé\n\n"
        "Accra, 12 May 2026 - The Minister of the Interior, Kofi Boateng, travelled to Lomé on Monday. On Tuesday, "
        "he held talks with his Togolese counterpart, Yao Agbeko, on border security.",
        1,
        W,
        H,
        "Yao Agbeko",
    ),
    (
        "title only host, en",
        "Accra, 12 May 2026 - The Inspector General of Police received on Tuesday the Ambassador of Germany, "
        "Klaus Becker, at the Police Headquarters to discuss police training.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "names only, en",
        "Abuja, 12 May 2026 - Musa Bello, Inspector General of Police, and Klaus Becker, German Ambassador, met on "
        "Tuesday to discuss police training and cybercrime.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "institution subject, en",
        "Kampala, 12 May 2026 - The Uganda Police Force hosted on Tuesday a delegation of the Kenya Police Service "
        "led by Deputy Inspector General James Kamau for talks on cross-border crime.",
        1,
        W,
        H,
        "James Kamau",
    ),
    (
        "plural subject, en",
        "Lomé, 12 May 2026 - Ghana's Inspector General of Police, Kofi Mensah, and Togo's Director General of "
        "Police, Yao Agbeko, met on Tuesday to review joint border patrols.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "the two chiefs, en",
        "Lomé, 12 May 2026 - Ghana's Inspector General of Police, Kofi Mensah, arrived in Lomé on Monday at the "
        "invitation of Togo's Director General of Police, Yao Agbeko. The two chiefs met on Tuesday to review "
        "joint border patrols.",
        1,
        None,
        H,
        "Yao Agbeko",
    ),
    (
        "played host to, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, played host on Tuesday to a "
        "delegation of the Ghana Police Service led by Commissioner Kwame Asante.",
        1,
        W,
        H,
        "Kwame Asante",
    ),
    (
        "was hosted by, en",
        "Niamey, 12 May 2026 - The Chadian Minister of Public Security, Idriss Mahamat, was hosted on Tuesday "
        "by his Nigerien counterpart, Moussa Abdou, for talks on the Lake Chad basin.",
        1,
        W,
        H,
        "Idriss Mahamat",
    ),
    (
        "a meeting was held between, en",
        "Abuja, 12 May 2026 - A bilateral meeting was held on Tuesday between the Inspector General of "
        "Police, Musa Bello, and the Ghanaian Inspector General, Kofi Mensah, on cross-border crime.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "the visit of, as subject, en",
        "Lusaka, 12 May 2026 - The visit of the Malawian Inspector General, James Banda, to the Zambia Police "
        "Service headquarters on Tuesday focused on cattle rustling, his host, Inspector General Mary Tembo, "
        "said.",
        1,
        V,
        H,
        "James Banda",
    ),
    (
        "toured, en",
        "Suva, 12 May 2026 - The Australian Federal Police Commissioner, Sarah Collins, toured on Tuesday the "
        "Fiji Police Force forensic laboratory with the Fijian Commissioner of Police, Sitiveni Naivalu.",
        1,
        V,
        H,
        "Sarah Collins",
    ),
    (
        "was in a city for talks, en",
        "Rabat, 12 May 2026 - The Director General of the Spanish National Police, Luis Ortega, was in Rabat "
        "on Tuesday for talks with his Moroccan counterpart, Karim Bennani, on migrant smuggling.",
        1,
        W,
        H,
        "Karim Bennani",
    ),
    (
        "in attendance were, en",
        "Busia, 12 May 2026 - The third session of the Kenya-Uganda joint border commission was held on "
        "Tuesday. In attendance were the Kenyan Interior Cabinet Secretary, Peter Mwangi, and the Ugandan "
        "Minister of Internal Affairs, Grace Achieng.",
        1,
        W,
        H,
        "Grace Achieng",
    ),
    (
        "graced, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, graced on Tuesday the opening of "
        "the meeting of the ECOWAS committee of police chiefs, attended by delegations from fifteen "
        "countries.",
        1,
        K,
        H,
        "Musa Bello",
    ),
    (
        "the meeting brought together, en",
        "Amman, 12 May 2026 - The meeting, which took place on Tuesday at the Ministry of Interior, brought "
        "together the Jordanian Minister of Interior, Omar Khalil, and the Iraqi Minister of Interior, Karim "
        "Hassan.",
        1,
        W,
        H,
        "Karim Hassan",
    ),
    (
        "spoke by phone, en",
        "Algiers, 12 May 2026 - The Minister of the Interior, Brahim Salah, spoke by phone on Tuesday with "
        "his Tunisian counterpart, Khaled Ben Ali, about security on the border.",
        1,
        C,
        H,
        "Khaled Ben Ali",
    ),
    (
        "arrived for a visit, en",
        "Nairobi, 12 May 2026 - The Ugandan Minister of Internal Affairs, Grace Achieng, arrived in Nairobi "
        "on Tuesday for a three-day working visit at the invitation of the Kenyan Interior Cabinet Secretary, "
        "Peter Mwangi.",
        1,
        V,
        H,
        "Grace Achieng",
    ),
    (
        "is set to meet, en",
        "Dhaka, 12 May 2026 - The Inspector General of Police, Rafiqul Islam, is set to meet the Indian Home "
        "Secretary, Rajesh Kumar, in New Delhi next week to discuss border smuggling.",
        1,
        W,
        A,
        "Rajesh Kumar",
    ),
    # ---- English: no meeting
    (
        "no: arrest, en",
        "Accra, 12 May 2026 - The Ghana Police Service arrested on Tuesday three suspects, including a Nigerian "
        "national, Chinedu Okafor, over a series of armed robberies in Kumasi.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: seizure, en",
        "Colombo, 12 May 2026 - The Sri Lanka Navy and the Police Narcotics Bureau seized 200 kilograms of heroin "
        "from a fishing trawler off Galle on Tuesday, police spokesman Nihal Silva said.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: appointment, en",
        "Nairobi, 12 May 2026 - The President has appointed Peter Mwangi as the new Inspector General of the Kenya "
        "Police Service, replacing James Kamau, who retires after four years.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: training course given, en",
        "Kampala, 12 May 2026 - Forty officers of the Uganda Police Force completed on Tuesday a two-week course on "
        "cybercrime investigation given by the Police Training School's instructors.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: statement, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, condemned on Tuesday in a statement the "
        "attack on a police station in Kaduna and ordered a full investigation.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: meeting only recalled, en",
        "Dhaka, 12 May 2026 - The Inspector General of Police, Rafiqul Islam, said on Tuesday that the joint "
        "patrols agreed at his meeting with Indian officials in 2019 had cut smuggling by half.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: meeting cancelled, en",
        "Nairobi, 12 May 2026 - The meeting planned for Tuesday between the Kenyan Interior Cabinet Secretary, "
        "Peter Mwangi, and his Ugandan counterpart, Grace Achieng, has been cancelled.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: sports event, en",
        "Accra, 12 May 2026 - The Ghana Police Service football team beat the Ghana Immigration Service 2-1 on "
        "Tuesday in the final of the inter-services cup, the Inspector General, Kofi Mensah, presenting the trophy.",
        0,
        None,
        None,
        None,
    ),
    # ---- French: the encounter word, past tense
    (
        "a reçu, fr",
        "Dakar, 12 mai 2026 - Le ministre de l'Intérieur, Ibrahima Diallo, a reçu mardi l'ambassadeur de France au "
        "Sénégal, Pierre Durand, pour évoquer la coopération en matière de lutte contre le terrorisme.",
        1,
        W,
        H,
        "Pierre Durand",
    ),
    (
        "a accueilli, fr",
        "Abidjan, 12 mai 2026 - Le directeur général de la police nationale, Albert Kouassi, a accueilli mardi une "
        "délégation de la police ghanéenne conduite par le commissaire Kwame Mensah.",
        1,
        W,
        H,
        "Kwame Mensah",
    ),
    (
        "a rencontré, fr",
        "Tunis, 12 mai 2026 - Le ministre de l'Intérieur, Khaled Ben Ali, a rencontré mardi son homologue libyen, "
        "Omar Mansour, pour discuter de la sécurité des frontières.",
        1,
        W,
        H,
        "Omar Mansour",
    ),
    (
        "s'est entretenu, fr",
        "Alger, 12 mai 2026 - Le ministre de l'Intérieur, Brahim Salah, s'est entretenu mardi avec le ministre "
        "nigérien de l'Intérieur, Moussa Abdou, sur la sécurité au Sahel.",
        1,
        W,
        H,
        "Moussa Abdou",
    ),
    (
        "a échangé avec, fr",
        "Lomé, 12 mai 2026 - Le ministre de la Sécurité, Yao Agbeko, a échangé mardi avec le directeur de la "
        "coopération internationale de sécurité de France, Marc Dubois, sur la formation des policiers.",
        1,
        W,
        H,
        "Marc Dubois",
    ),
    (
        "séance de travail, fr",
        "Niamey, 12 mai 2026 - Le directeur général de la police nationale, Issa Garba, a eu une séance de travail "
        "mardi avec le chef de la police béninoise, Codjo Ahouansou, sur la criminalité transfrontalière.",
        1,
        W,
        H,
        "Codjo Ahouansou",
    ),
    (
        "a conféré, fr",
        "Bamako, 12 mai 2026 - Le ministre de la Sécurité, Moussa Keïta, a conféré mardi avec l'ambassadeur "
        "d'Allemagne au Mali, Klaus Becker, sur l'appui à la formation des forces de sécurité.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "visite de courtoisie rendue, fr",
        "Libreville, 12 mai 2026 - L'ambassadeur d'Espagne au Gabon, Luis Ortega, a rendu mardi une visite de "
        "courtoisie au commandant en chef de la police nationale, le général Paul Ndong.",
        1,
        V,
        H,
        "Luis Ortega",
    ),
    (
        "a effectué une visite, fr",
        "Ouagadougou, 12 mai 2026 - Le ministre ivoirien de la Sécurité, Albert Kouassi, a effectué mardi une "
        "visite de travail à Ouagadougou, où il a été reçu par son homologue, Issa Traoré.",
        1,
        V,
        H,
        "Albert Kouassi",
    ),
    (
        "s'est rendu au siège, fr",
        "Rabat, 12 mai 2026 - L'ambassadeur du Portugal, João Silva, s'est rendu mardi au siège de la Direction "
        "générale de la Sûreté nationale, où il a été reçu par le directeur général, Karim Bennani.",
        1,
        V,
        H,
        "João Silva",
    ),
    (
        "a pris part, fr",
        "Lyon, 12 mai 2026 - Le directeur général de la police nationale du Cameroun, Paul Nkoa, a pris part mardi "
        "à la conférence régionale africaine d'Interpol, qui réunit les chefs de police de 40 pays.",
        1,
        K,
        H,
        "Paul Nkoa",
    ),
    (
        "a participé, fr",
        "Addis-Abeba, 12 mai 2026 - Le ministre de la Sécurité du Burkina Faso, Issa Traoré, a participé mardi à la "
        "réunion des ministres de la Sécurité des pays du Sahel.",
        1,
        K,
        H,
        "Issa Traoré",
    ),
    (
        "a assisté, fr",
        "Dakar, 12 mai 2026 - Le directeur de la police judiciaire, Mamadou Fall, a assisté mardi à l'assemblée "
        "générale d'AFRIPOL, aux côtés des chefs de police de vingt pays africains.",
        1,
        K,
        H,
        "Mamadou Fall",
    ),
    (
        "a présidé, fr",
        "Niamey, 12 mai 2026 - Le ministre de l'Intérieur, Moussa Abdou, a présidé mardi la réunion du comité mixte "
        "de sécurité nigéro-béninois, en présence de son homologue béninois, Placide Hounkpè.",
        1,
        W,
        H,
        "Placide Hounkpè",
    ),
    (
        "a coprésidé, fr",
        "Nouakchott, 12 mai 2026 - Les ministres de l'Intérieur de la Mauritanie et du Sénégal, Mohamed Salem et "
        "Ibrahima Diallo, ont coprésidé mardi la cinquième session de la commission mixte de sécurité.",
        1,
        W,
        H,
        "Mohamed Salem",
    ),
    (
        "a ouvert les travaux, fr",
        "Yaoundé, 12 mai 2026 - Le délégué général à la sûreté nationale, Paul Nkoa, a ouvert mardi les travaux de "
        "la réunion des chefs de police d'Afrique centrale, en présence des délégations de six pays.",
        1,
        K,
        H,
        "Paul Nkoa",
    ),
    (
        "a signé, fr",
        "Rabat, 12 mai 2026 - Le ministre de l'Intérieur, Karim Bennani, et son homologue espagnol, Luis Ortega, "
        "ont signé mardi un mémorandum d'entente sur la coopération policière.",
        1,
        S,
        H,
        "Luis Ortega",
    ),
    (
        "a paraphé, fr",
        "Cotonou, 12 mai 2026 - Le ministre de l'Intérieur, Placide Hounkpè, et l'ambassadeur de France, Pierre "
        "Durand, ont paraphé mardi une convention de coopération en matière de sécurité intérieure.",
        1,
        S,
        H,
        "Pierre Durand",
    ),
    (
        "a été reçu par, fr",
        "Conakry, 12 mai 2026 - Le directeur de la police fédérale belge, Luc Peeters, a été reçu mardi par le "
        "ministre de la Sécurité, Oumar Diallo, pour évoquer la lutte contre le trafic de drogue.",
        1,
        W,
        H,
        "Luc Peeters",
    ),
    (
        "a accordé une audience, fr",
        "N'Djamena, 12 mai 2026 - Le ministre de la Sécurité publique, Idriss Mahamat, a accordé mardi une audience "
        "à l'ambassadeur des États-Unis, John Carter, sur la lutte contre le terrorisme.",
        1,
        W,
        H,
        "John Carter",
    ),
    (
        "tête-à-tête, fr",
        "Niamey, 12 mai 2026 - Le ministre de la Sécurité publique, Moussa Abdou, a eu mardi un tête-à-tête avec son "
        "homologue malien, Moussa Keïta, sur la situation sécuritaire.",
        1,
        W,
        H,
        "Moussa Keïta",
    ),
    (
        "visioconférence, fr",
        "Paris, 12 mai 2026 - Le ministre de l'Intérieur, Pierre Durand, a tenu mardi une visioconférence avec son "
        "homologue tunisien, Khaled Ben Ali, sur l'immigration irrégulière.",
        1,
        C,
        H,
        "Khaled Ben Ali",
    ),
    (
        "entretien téléphonique, fr",
        "Alger, 12 mai 2026 - Le ministre de l'Intérieur, Brahim Salah, a eu mardi un entretien téléphonique avec "
        "son homologue français, Pierre Durand, sur la coopération migratoire.",
        1,
        C,
        H,
        "Pierre Durand",
    ),
    # ---- French: the form
    (
        "titre au présent, fr",
        "Le DGPN reçoit son homologue burkinabè, Issa Traoré\n\n"
        "Abidjan, 12 mai 2026 - Les deux responsables ont évoqué la lutte contre le terrorisme dans le nord.",
        1,
        W,
        H,
        "Issa Traoré",
    ),
    (
        "est attendu, fr",
        "Dakar, 12 mai 2026 - Le ministre français de l'Intérieur, Pierre Durand, est attendu à Dakar la semaine "
        "prochaine pour des entretiens avec son homologue sénégalais, Ibrahima Diallo.",
        1,
        None,
        A,
        "Pierre Durand",
    ),
    (
        "effectuera une visite, fr",
        "Lomé, 12 mai 2026 - Le ministre ghanéen de l'Intérieur, Kofi Boateng, effectuera lundi prochain une "
        "visite de travail à Lomé à l'invitation de son homologue togolais, Yao Agbeko.",
        1,
        V,
        A,
        "Kofi Boateng",
    ),
    (
        "se rendra, fr",
        "Tunis, 12 mai 2026 - Le ministre de l'Intérieur, Khaled Ben Ali, se rendra jeudi à Rome pour rencontrer "
        "son homologue italien, Marco Bianchi, sur la question migratoire.",
        1,
        None,
        A,
        "Marco Bianchi",
    ),
    (
        "signera, fr",
        "Rabat, 12 mai 2026 - Le directeur général de la Sûreté nationale, Karim Bennani, signera vendredi avec "
        "le directeur de la police portugaise, João Silva, un accord de coopération.",
        1,
        S,
        A,
        "João Silva",
    ),
    (
        "passif accueilli, fr",
        "Bamako, 12 mai 2026 - Une délégation de la gendarmerie française conduite par le général Marc Dubois a été "
        "accueillie mardi par le ministre de la Sécurité, Moussa Keïta.",
        1,
        W,
        H,
        "Moussa Keïta",
    ),
    (
        "ouverture participiale, fr",
        "Alger, 12 mai 2026 - Reçu mardi par le ministre de l'Intérieur, Brahim Salah, l'ambassadeur d'Italie, "
        "Marco Bianchi, a réaffirmé l'appui de son pays à la lutte contre l'immigration irrégulière.",
        1,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "titre nominal visite de travail, fr",
        "Visite de travail du ministre ghanéen de l'Intérieur, Kofi Boateng, au ministère de la Sécurité\n\n"
        "Lomé, 12 mai 2026 - Les échanges ont porté sur la sécurisation de la frontière commune.",
        1,
        V,
        H,
        "Kofi Boateng",
    ),
    (
        "titre nominal audience accordée, fr",
        "Audience accordée à l'ambassadeur d'Allemagne, Klaus Becker, par le ministre de la Sécurité\n\n"
        "Bamako, 12 mai 2026 - Les échanges ont porté sur la formation des forces de sécurité intérieure.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "titre nominal séance de travail entre, fr",
        "Séance de travail entre le DGPN, Albert Kouassi, et le chef de la police libérienne, James Doe\n\n"
        "Abidjan, 12 mai 2026 - Les échanges ont porté sur la criminalité transfrontalière.",
        1,
        W,
        H,
        "James Doe",
    ),
    (
        "sujet pronom, fr",
        "Le ministre de l'Intérieur à Rome\n\n"
        "Tunis, 12 mai 2026 - Le ministre de l'Intérieur, Khaled Ben Ali, s'est rendu lundi à Rome. Mardi, il "
        "s'est entretenu avec son homologue italien, Marco Bianchi, de la question migratoire.",
        1,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "titre seul, fr",
        "Abidjan, 12 mai 2026 - Le directeur général de la police nationale a reçu mardi l'ambassadeur du Canada, "
        "Paul Tremblay, pour évoquer la formation des policiers.",
        1,
        W,
        H,
        "Paul Tremblay",
    ),
    (
        "noms seuls, fr",
        "Dakar, 12 mai 2026 - Ibrahima Diallo, ministre de l'Intérieur, et Lamin Jallow, ministre gambien de "
        "l'Intérieur, se sont rencontrés mardi pour évoquer la criminalité transfrontalière.",
        1,
        W,
        H,
        "Lamin Jallow",
    ),
    (
        "institution sujet, fr",
        "Rabat, 12 mai 2026 - La DGSN a reçu mardi une délégation de la police nationale ivoirienne conduite par "
        "le commissaire divisionnaire Albert Kouassi, pour des échanges sur la cybercriminalité.",
        1,
        W,
        H,
        "Albert Kouassi",
    ),
    (
        "sujet pluriel, fr",
        "Niamey, 12 mai 2026 - Les ministres de l'Intérieur du Niger et du Tchad, Moussa Abdou et Idriss Mahamat, "
        "se sont entretenus mardi sur la sécurité dans le bassin du lac Tchad.",
        1,
        W,
        H,
        "Idriss Mahamat",
    ),
    (
        "les deux ministres, fr",
        "N'Djamena, 12 mai 2026 - Le ministre nigérien de l'Intérieur, Moussa Abdou, est arrivé lundi à N'Djamena "
        "à l'invitation de son homologue tchadien, Idriss Mahamat. Les deux ministres se sont entretenus mardi "
        "de la sécurité dans le bassin du lac Tchad.",
        1,
        None,
        H,
        "Idriss Mahamat",
    ),
    (
        "a reçu en audience, fr",
        "Conakry, 12 mai 2026 - Le ministre de la Sécurité, Oumar Diallo, a reçu en audience mardi "
        "l'ambassadeur de Turquie, Mehmet Yilmaz, pour parler de la formation des policiers.",
        1,
        W,
        H,
        "Mehmet Yilmaz",
    ),
    (
        "a été l'hôte de, fr",
        "Lomé, 12 mai 2026 - Le ministre béninois de l'Intérieur, Placide Hounkpè, a été mardi l'hôte de son "
        "homologue togolais, Yao Agbeko, pour des échanges sur la sécurité frontalière.",
        1,
        W,
        H,
        "Placide Hounkpè",
    ),
    (
        "une rencontre a eu lieu, fr",
        "Abidjan, 12 mai 2026 - Une rencontre a eu lieu mardi entre le directeur général de la police "
        "nationale, Albert Kouassi, et le chef de la police malienne, Moussa Keïta.",
        1,
        W,
        H,
        "Moussa Keïta",
    ),
    (
        "la réunion s'est tenue, fr",
        "Cotonou, 12 mai 2026 - La réunion de la commission mixte de sécurité Bénin-Niger s'est tenue mardi "
        "sous la présidence des ministres de l'Intérieur Placide Hounkpè et Moussa Abdou.",
        1,
        W,
        H,
        "Moussa Abdou",
    ),
    (
        "a abrité, fr",
        "Rabat, 12 mai 2026 - Le siège de la DGSN a abrité mardi une séance de travail entre le directeur "
        "général, Karim Bennani, et le chef de la police mauritanienne, Mohamed Salem.",
        1,
        W,
        H,
        "Mohamed Salem",
    ),
    (
        "a servi de cadre, fr",
        "Lomé, 12 mai 2026 - L'hôtel du Golfe a servi de cadre mardi à la rencontre entre les ministres de la "
        "Sécurité du Togo et du Bénin, Yao Agbeko et Placide Hounkpè.",
        1,
        W,
        H,
        "Placide Hounkpè",
    ),
    (
        "a fait le point avec, fr",
        "Lomé, 12 mai 2026 - Le ministre de la Sécurité, Yao Agbeko, a fait le point mardi avec l'attaché de "
        "sécurité intérieure de l'ambassade de France, Marc Dubois, sur les projets de formation.",
        1,
        W,
        H,
        "Marc Dubois",
    ),
    (
        "la visite de, sujet, fr",
        "Ouagadougou, 12 mai 2026 - La visite du ministre ivoirien de la Sécurité, Albert Kouassi, mardi à "
        "Ouagadougou a permis de renforcer la coopération avec son homologue burkinabè, Issa Traoré.",
        1,
        V,
        H,
        "Albert Kouassi",
    ),
    (
        "a visité, fr",
        "Porto-Novo, 12 mai 2026 - Le directeur général de la police nationale du Niger, Issa Garba, a visité "
        "mardi l'école nationale de police, en compagnie de son homologue béninois, Codjo Ahouansou.",
        1,
        V,
        H,
        "Issa Garba",
    ),
    (
        "se sont réunis, fr",
        "Niamey, 12 mai 2026 - Les chefs de police du Mali, du Niger et du Burkina Faso, Moussa Keïta, Issa "
        "Garba et Issa Traoré, se sont réunis mardi pour coordonner la lutte contre le terrorisme.",
        1,
        K,
        H,
        "Issa Garba",
    ),
    (
        "au téléphone, fr",
        "Rabat, 12 mai 2026 - Le ministre de l'Intérieur, Karim Bennani, s'est entretenu mardi au téléphone "
        "avec son homologue espagnol, Luis Ortega, sur la migration irrégulière.",
        1,
        C,
        H,
        "Luis Ortega",
    ),
    (
        "prendra part, fr",
        "Dakar, 12 mai 2026 - Le directeur général de la police nationale, Mamadou Fall, prendra part la "
        "semaine prochaine à Kigali à l'assemblée générale d'AFRIPOL, qui réunira les chefs de police "
        "africains.",
        1,
        K,
        A,
        "Mamadou Fall",
    ),
    # ---- French: no meeting
    (
        "non : interpellation, fr",
        "Abidjan, 12 mai 2026 - La police nationale a interpellé mardi trois individus, dont un ressortissant "
        "ghanéen, Kwame Asante, soupçonnés de braquages à Yopougon.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : saisie, fr",
        "Casablanca, 12 mai 2026 - Les services de la Sûreté nationale ont saisi mardi au port de Casablanca "
        "deux tonnes de chira dissimulées dans un camion, a indiqué le porte-parole Youssef Amrani.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : nomination, fr",
        "Dakar, 12 mai 2026 - Le contrôleur général Mamadou Fall a été nommé mardi directeur général de la police "
        "nationale en remplacement d'Ousmane Sarr, admis à faire valoir ses droits à la retraite.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : formation donnée, fr",
        "Lomé, 12 mai 2026 - Quarante policiers ont suivi mardi une formation sur les enquêtes de cybercriminalité "
        "dispensée par les formateurs de l'École nationale de police.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : déclaration, fr",
        "Bamako, 12 mai 2026 - Le ministre de la Sécurité, Moussa Keïta, a condamné mardi dans une déclaration "
        "l'attaque d'un poste de police à Mopti et ordonné une enquête.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : rencontre rappelée, fr",
        "Tunis, 12 mai 2026 - Le ministre de l'Intérieur, Khaled Ben Ali, a rappelé mardi que les patrouilles "
        "conjointes décidées lors de sa rencontre de 2019 avec son homologue libyen avaient réduit la contrebande.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : rencontre annulée, fr",
        "Niamey, 12 mai 2026 - La rencontre prévue mardi entre le ministre de l'Intérieur, Moussa Abdou, et son "
        "homologue malien, Moussa Keïta, a été annulée.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : événement sportif, fr",
        "Yaoundé, 12 mai 2026 - L'équipe de football de la police a battu mardi celle de la gendarmerie 2-1 en "
        "finale de la coupe inter-forces, en présence du délégué général à la sûreté nationale, Paul Nkoa.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: chief with his own commanders, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, met on Tuesday with the "
        "Commissioners of Police of the 36 states at the Force Headquarters to review the security situation.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: press conference, en",
        "Accra, 12 May 2026 - The Inspector General of Police, Kofi Mensah, told a press conference on "
        "Tuesday that armed robbery had fallen by ten percent this year.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: passing-out parade, en",
        "Winneba, 12 May 2026 - The Minister of the Interior, Kofi Boateng, presided over on Tuesday the "
        "passing-out parade of 500 recruits at the Police Training School.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : réunion de ses directeurs, fr",
        "Niamey, 12 mai 2026 - Le directeur général de la police nationale, Issa Garba, a réuni mardi les "
        "directeurs régionaux de la police pour faire le point sur la situation sécuritaire.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : conférence de presse, fr",
        "Abidjan, 12 mai 2026 - Le directeur général de la police nationale, Albert Kouassi, a annoncé mardi "
        "lors d'une conférence de presse une baisse de dix pour cent des braquages.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : sortie de promotion, fr",
        "Ouagadougou, 12 mai 2026 - Le ministre de la Sécurité, Issa Traoré, a présidé mardi la cérémonie de "
        "sortie de la 45e promotion des élèves commissaires de l'École nationale de police.",
        0,
        None,
        None,
        None,
    ),
    # ---- a second round: the encounter told inside a longer sentence, by a participle, a fronted phrase, a place
    # or a present of stay, and receptions of what is no one (complaints, an award), visits of a scene, citizens met
    (
        "postnominals and day before verb, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Dr. Musa Bello, mni, NPM, on Tuesday received "
        "in his office at the Force Headquarters a delegation of the Ghana Police Service led by Commissioner "
        "Kwame Asante.",
        1,
        W,
        H,
        "Kwame Asante",
    ),
    (
        "while receiving, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, while receiving the German "
        "Ambassador, Klaus Becker, on Tuesday, said the Force would expand its cybercrime unit.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "speaking when he received, en",
        "Abuja, 12 May 2026 - Speaking when he received the Ghanaian Inspector General, Kofi Mensah, at the "
        "Force Headquarters on Tuesday, the Inspector General of Police, Musa Bello, pledged closer "
        "cooperation.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "the visit which took place, en",
        "Lusaka, 12 May 2026 - The visit by the Malawian Inspector General, James Banda, which took place on "
        "Tuesday at Police Headquarters, focused on cattle rustling along the border.",
        1,
        V,
        H,
        "James Banda",
    ),
    (
        "sides led by, with a headline, en",
        "Fiji and Australia police hold talks\n\nSuva, 12 May 2026 - Deputy Commissioner Sitiveni Naivalu led "
        "the Fijian team on Tuesday, while the Australian side was led by Commander Sarah Collins. Maritime "
        "crime and training were discussed.",
        1,
        W,
        H,
        "Sarah Collins",
    ),
    (
        "converged, en",
        "Arusha, 12 May 2026 - Police chiefs from Kenya, Uganda and Tanzania, among them the Kenyan Inspector "
        "General, Peter Mwangi, converged on Arusha on Tuesday for the annual general meeting of their "
        "regional cooperation organisation.",
        1,
        K,
        H,
        "Peter Mwangi",
    ),
    (
        "is in a country for a visit, en",
        "Accra, 12 May 2026 - A delegation of the Nigeria Police Force led by Deputy Inspector General "
        "Ibrahim Lawal is in Ghana for a five-day working visit to the Ghana Police Service.",
        1,
        V,
        H,
        "Ibrahim Lawal",
    ),
    _gap(
        (
            "gathered, en",
            "Windhoek, 12 May 2026 - Heads of police of the SADC region, including the Namibian Inspector "
            "General, Joseph Shikongo, gathered in Windhoek on Tuesday for the annual meeting of their "
            "cooperation organisation.",
            1,
            K,
            H,
            "Joseph Shikongo",
        ),
        "a region's heads of police gathered for their organisation's annual meeting is read as talks: the kind cues know no organisation's meeting",
    ),
    (
        "held a bilateral, en",
        "Vienna, 12 May 2026 - The Kenyan Interior Cabinet Secretary, Peter Mwangi, held a bilateral on "
        "Tuesday with the Austrian Minister of the Interior, Klaus Becker, on migrant smuggling.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "exchanged views, en",
        "Cairo, 12 May 2026 - The Egyptian Minister of Interior, Mahmoud Farouk, and the Sudanese Minister of "
        "Interior, Khalid Osman, exchanged views on Tuesday on security along their common border.",
        1,
        W,
        H,
        "Khalid Osman",
    ),
    (
        "breakfast meeting, en",
        "Port of Spain, 12 May 2026 - The Minister of National Security, Andre Baptiste, hosted a breakfast "
        "meeting on Tuesday for the Canadian High Commissioner, Paul Tremblay, on firearms trafficking.",
        1,
        None,
        H,
        "Paul Tremblay",
    ),
    (
        "visit where he met, en",
        "Lyon, 12 May 2026 - The Inspector General of the Uganda Police Force, Moses Okello, paid a working "
        "visit on Tuesday to the INTERPOL General Secretariat, where he met the Secretary General, Anna "
        "Weber.",
        1,
        V,
        H,
        "Anna Weber",
    ),
    (
        "in a meeting with, fronted, en",
        "Kuwait City, 12 May 2026 - In a meeting with the British Ambassador, John Carter, on Tuesday, the "
        "Minister of Interior, Sheikh Ahmed Al-Sabah, stressed the need to fight drug trafficking.",
        1,
        W,
        H,
        "John Carter",
    ),
    (
        "briefed the visiting, en",
        "Kigali, 12 May 2026 - The Inspector General of Police, Jean Habimana, briefed the visiting Zambian "
        "Inspector General, Mary Tembo, on Tuesday on community policing in Rwanda.",
        1,
        None,
        H,
        "Mary Tembo",
    ),
    _gap(
        (
            "interacted with a delegation, en",
            "New Delhi, 12 May 2026 - The Director of the Intelligence Bureau, Rajesh Kumar, interacted on "
            "Tuesday with a delegation of the Bangladesh Police led by Additional Inspector General Rafiqul "
            "Islam.",
            1,
            W,
            H,
            "Rafiqul Islam",
        ),
        "a delegation met with no verb of reception is read as its visit, where a delegation received is talks",
    ),
    (
        "was at headquarters where he held discussions, en",
        "Accra, 12 May 2026 - The Togolese Director General of Police, Yao Agbeko, was at the Police "
        "Headquarters on Tuesday, where he held discussions with the Inspector General, Kofi Mensah.",
        1,
        None,
        H,
        "Kofi Mensah",
    ),
    _gap(
        (
            "hosted counterparts for a quadripartite meeting, en",
            "Lomé, 12 May 2026 - The Togolese Minister of Security, Yao Agbeko, hosted his counterparts from "
            "Benin, Ghana and Burkina Faso on Tuesday for a quadripartite meeting on terrorism.",
            1,
            K,
            H,
            "Yao Agbeko",
        ),
        "a quadripartite meeting is read as talks: as a kind cue, the number of sides also turned the sides of "
        "conferences read right into participants with no party",
    ),
    (
        "jointly launched, en",
        "Busia, 12 May 2026 - The Kenyan Inspector General, Peter Mwangi, and the Ugandan Inspector General, "
        "Moses Okello, jointly launched on Tuesday a border police post shared by their two forces.",
        1,
        None,
        H,
        "Moses Okello",
    ),
    (
        "no: complaints received, en",
        "Nairobi, 12 May 2026 - The Kenya Police Service received 300 complaints of cattle theft last month, "
        "the police spokesman, Bruno Shioso, said on Tuesday.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: award received, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, received on Tuesday an award for "
        "leadership from a civil society group in Lagos.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: scene of an attack visited, en",
        "Maiduguri, 12 May 2026 - The Inspector General of Police, Musa Bello, visited on Tuesday the scene "
        "of the attack on a police station and met the families of the victims.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: met traders, en",
        "Kampala, 12 May 2026 - The Inspector General of Police, Moses Okello, met market traders in Owino on "
        "Tuesday to discuss theft and the safety of their stalls.",
        0,
        None,
        None,
        None,
    ),
    (
        "phrase clivée, fr",
        "Abidjan, 12 mai 2026 - C'est dans la salle de conférence de la direction générale que le directeur "
        "général de la police nationale, Albert Kouassi, a reçu mardi son homologue libérien, James Doe.",
        1,
        W,
        H,
        "James Doe",
    ),
    (
        "jour entre virgules, fr",
        "Abidjan, 12 mai 2026 - Le directeur général de la police nationale, Albert Kouassi, a échangé, ce "
        "mardi, avec une délégation de la police ghanéenne conduite par le commissaire Kwame Mensah.",
        1,
        W,
        H,
        "Kwame Mensah",
    ),
    (
        "en séjour, fr",
        "Abidjan, 12 mai 2026 - En séjour à Abidjan, le ministre burkinabè de la Sécurité, Issa Traoré, a été "
        "reçu mardi par son homologue ivoirien, Albert Kouassi.",
        1,
        None,
        H,
        "Issa Traoré",
    ),
    (
        "Son Excellence et incises, fr",
        "Cotonou, 12 mai 2026 - Le ministre de l'Intérieur, Placide Hounkpè, a reçu en audience, ce mardi 12 "
        "mai 2026, dans son cabinet, Son Excellence Monsieur Pierre Durand, ambassadeur de France près le "
        "Bénin.",
        1,
        W,
        H,
        "Pierre Durand",
    ),
    (
        "séjourne, fr",
        "Dakar, 12 mai 2026 - Une délégation de la police malienne conduite par le commissaire divisionnaire "
        "Moussa Keïta séjourne à Dakar depuis lundi, à l'invitation de la police sénégalaise.",
        1,
        V,
        H,
        "Moussa Keïta",
    ),
    (
        "se sont retrouvés, fr",
        "Lomé, 12 mai 2026 - Les chefs de police du Togo, du Bénin, du Ghana et du Burkina Faso, dont le "
        "directeur général de la police togolaise, Yao Agbeko, se sont retrouvés mardi à Lomé pour coordonner "
        "la lutte contre le terrorisme.",
        1,
        K,
        H,
        "Yao Agbeko",
    ),
    (
        "séance de travail tenue, fr",
        "Niamey, 12 mai 2026 - Le ministre de l'Intérieur, Moussa Abdou, a posé mardi les jalons d'une "
        "coopération renforcée avec son homologue tchadien, Idriss Mahamat, lors d'une séance de travail "
        "tenue au ministère.",
        1,
        W,
        H,
        "Idriss Mahamat",
    ),
    (
        "la salle a accueilli, fr",
        "Rabat, 12 mai 2026 - La salle de réunion de la DGSN a accueilli mardi une séance de travail entre le "
        "directeur général, Karim Bennani, et le chef de la police portugaise, João Silva.",
        1,
        W,
        H,
        "João Silva",
    ),
    _gap(
        (
            "face à, fr",
            "Bamako, 12 mai 2026 - Face à la délégation de la gendarmerie française conduite par le général Marc "
            "Dubois, le ministre de la Sécurité, Moussa Keïta, a plaidé mardi pour un appui à la formation.",
            1,
            W,
            H,
            "Marc Dubois",
        ),
        "« face à la délégation » is read as the delegation's visit, where a delegation received is talks",
    ),
    (
        "a été l'invité de, fr",
        "Libreville, 12 mai 2026 - Le commandant en chef de la police nationale, le général Paul Ndong, a été "
        "mardi l'invité de l'ambassadeur d'Espagne, Luis Ortega, à la résidence de celui-ci.",
        1,
        None,
        H,
        "Luis Ortega",
    ),
    (
        "a conduit la délégation à la réunion, fr",
        "Abuja, 12 mai 2026 - Le ministre nigérien de l'Intérieur, Moussa Abdou, a conduit mardi la "
        "délégation de son pays à la réunion des ministres de la Sécurité de la CEDEAO.",
        1,
        K,
        H,
        "Moussa Abdou",
    ),
    _gap(
        (
            "son hôte, fr",
            "Lomé, 12 mai 2026 - Le ministre ghanéen de l'Intérieur, Kofi Boateng, est arrivé mardi à Lomé. Le "
            "ministre de la Sécurité, Yao Agbeko, et son hôte ont passé en revue la coopération frontalière.",
            1,
            None,
            H,
            "Kofi Boateng",
        ),
        "the guest told only by « son hôte » after a sentence of arrival is not named among those who met",
    ),
    (
        "au cours de cette rencontre, titre seul, fr",
        "Le ministre de la Sécurité reçoit l'ambassadeur d'Allemagne, Klaus Becker\n\nBamako, 12 mai 2026 - Au "
        "cours de cette rencontre, il a été question de la formation des forces de sécurité.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "pris part par visioconférence, fr",
        "Dakar, 12 mai 2026 - Le ministre de l'Intérieur, Ibrahima Diallo, a pris part mardi, par "
        "visioconférence, à la réunion des ministres de l'Intérieur de la CEDEAO.",
        1,
        None,
        H,
        "Ibrahima Diallo",
    ),
    (
        "a rendu visite, fr",
        "Tunis, 12 mai 2026 - L'ambassadeur d'Italie en Tunisie, Marco Bianchi, a rendu visite mardi au "
        "ministre de l'Intérieur, Khaled Ben Ali, pour évoquer la question migratoire.",
        1,
        V,
        H,
        "Marco Bianchi",
    ),
    (
        "a reçu ... à tour de rôle, fr",
        "Dakar, 12 mai 2026 - Le ministre de l'Intérieur, Ibrahima Diallo, a reçu mardi successivement "
        "l'ambassadeur d'Espagne, Luis Ortega, puis celui d'Italie, Marco Bianchi.",
        2,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "non : plaintes reçues, fr",
        "Abidjan, 12 mai 2026 - La police nationale a reçu 300 plaintes pour escroquerie en ligne le mois "
        "dernier, a indiqué mardi son porte-parole, Charles Yao.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : prix reçu, fr",
        "Dakar, 12 mai 2026 - Le directeur général de la police nationale, Mamadou Fall, a reçu mardi le prix "
        "du meilleur service public décerné par une association de consommateurs.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : sur les lieux de l'attaque, fr",
        "Mopti, 12 mai 2026 - Le ministre de la Sécurité, Moussa Keïta, s'est rendu mardi sur les lieux de "
        "l'attaque du poste de police et a rencontré les familles des victimes.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : commerçants rencontrés, fr",
        "Lomé, 12 mai 2026 - Le ministre de la Sécurité, Yao Agbeko, a rencontré mardi les commerçants du "
        "grand marché pour évoquer les vols à l'étalage.",
        0,
        None,
        None,
        None,
    ),
    # ---- a third round: page shapes (context first, a headline in capitals, a quote, a relative clause, a cleft
    # sentence, the talks as the subject of what they covered) and what is said, welcomed or put off
    (
        "second paragraph after context, en",
        "Cattle rustling along the Kenya-Uganda border has cost herders thousands of animals this year, and "
        "both forces have stepped up patrols.\n\nNairobi, 12 May 2026 - It is against this background that the "
        "Kenyan Inspector General, Peter Mwangi, hosted his Ugandan counterpart, Moses Okello, on Tuesday.",
        1,
        W,
        H,
        "Moses Okello",
    ),
    (
        "headline in capitals, en",
        "IGP RECEIVES GHANAIAN COUNTERPART KOFI MENSAH\n\nAbuja, 12 May 2026 - The two police chiefs discussed "
        "the tracking of fugitives across the region.",
        1,
        W,
        H,
        None,
    ),
    (
        "quote then after meeting, en",
        'Abuja, 12 May 2026 - "We agreed to share intelligence in real time," the Inspector General of '
        "Police, Musa Bello, said after meeting the Ghanaian Inspector General, Kofi Mensah, on Tuesday.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "day and place before the verb, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, on Tuesday in Abuja received the "
        "Ambassador of Japan, Kenji Sato, on police training.",
        1,
        W,
        H,
        "Kenji Sato",
    ),
    (
        "relative clause, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, who received the Ambassador of "
        "Japan, Kenji Sato, on Tuesday, said the Force would welcome Japanese support for forensic training.",
        1,
        W,
        H,
        "Kenji Sato",
    ),
    (
        "it was during a meeting that, en",
        "Nairobi, 12 May 2026 - It was during a meeting on Tuesday with the Ugandan Minister of Internal "
        "Affairs, Grace Achieng, that the Kenyan Interior Cabinet Secretary, Peter Mwangi, announced joint "
        "patrols.",
        1,
        W,
        H,
        "Grace Achieng",
    ),
    (
        "visitor calls on, with who is on a visit, en",
        "Accra, 12 May 2026 - The Togolese Minister of Security, Yao Agbeko, who is on a working visit to "
        "Ghana, called on the Minister of the Interior, Kofi Boateng, on Tuesday.",
        1,
        V,
        H,
        "Yao Agbeko",
    ),
    (
        "present perfect, en",
        "Kampala, 12 May 2026 - The Inspector General of Police, Moses Okello, has received a delegation of "
        "the Rwanda National Police led by Commissioner Jean Habimana for talks on cross-border crime.",
        1,
        W,
        H,
        "Jean Habimana",
    ),
    (
        "at a meeting in, en",
        "Lomé, 12 May 2026 - The police chiefs of Ghana and Togo, Kofi Mensah and Yao Agbeko, agreed on "
        "Tuesday at a meeting in Lomé to set up joint border patrols.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "discussions between named chiefs centred on, en",
        "Abuja, 12 May 2026 - Discussions between the Inspector General of Police, Musa Bello, and the "
        "Ghanaian Inspector General, Kofi Mensah, on Tuesday centred on the tracking of fugitives.",
        1,
        W,
        H,
        "Kofi Mensah",
    ),
    (
        "headline calls on, en",
        "Japanese envoy Kenji Sato calls on IGP Musa Bello\n\nAbuja, 12 May 2026 - They discussed police "
        "training and forensic support.",
        1,
        V,
        H,
        "Kenji Sato",
    ),
    (
        "no: called on citizens, en",
        "Abuja, 12 May 2026 - The Inspector General of Police, Musa Bello, called on citizens on Tuesday to "
        "report suspicious movements to the nearest police station.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: welcomed an arrest, en",
        "Nairobi, 12 May 2026 - The Interior Cabinet Secretary, Peter Mwangi, welcomed on Tuesday the arrest "
        "of a suspected human trafficker, Joseph Kamau, in Mombasa.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: report received, en",
        "Kampala, 12 May 2026 - The Inspector General of Police, Moses Okello, received on Tuesday the report "
        "of the committee that investigated the escape of prisoners from Luzira.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: meeting postponed, en",
        "Lomé, 12 May 2026 - The meeting of the Ghana-Togo joint border commission, planned for Tuesday in "
        "Lomé with the ministers Kofi Boateng and Yao Agbeko, has been postponed indefinitely.",
        0,
        None,
        None,
        None,
    ),
    (
        "audience entre virgules, fr",
        "Cotonou, 12 mai 2026 - Le ministre de l'Intérieur, Placide Hounkpè, a accordé, ce mardi, une "
        "audience à l'ambassadeur de France, Pierre Durand.",
        1,
        W,
        H,
        "Pierre Durand",
    ),
    (
        "c'est au cours d'une audience que, fr",
        "Bamako, 12 mai 2026 - C'est au cours d'une audience accordée mardi à l'ambassadeur d'Allemagne, "
        "Klaus Becker, que le ministre de la Sécurité, Moussa Keïta, a sollicité un appui à la formation.",
        1,
        W,
        H,
        "Klaus Becker",
    ),
    (
        "participe féminin en tête, fr",
        "Lomé, 12 mai 2026 - Reçue en audience mardi par le ministre de la Sécurité, Yao Agbeko, "
        "l'ambassadrice d'Allemagne, Anna Weber, a annoncé un appui à la police.",
        1,
        W,
        H,
        "Anna Weber",
    ),
    (
        "au cœur de l'entretien que, fr",
        "Dakar, 12 mai 2026 - La lutte contre l'immigration irrégulière était au cœur de l'entretien que le "
        "ministre de l'Intérieur, Ibrahima Diallo, a eu mardi avec l'ambassadeur d'Espagne, Luis Ortega.",
        1,
        W,
        H,
        "Luis Ortega",
    ),
    _gap(
        (
            "titre avec chez, fr",
            "L'ambassadeur d'Espagne Luis Ortega chez le ministre de l'Intérieur Ibrahima Diallo\n\nDakar, 12 mai "
            "2026 - Les échanges ont porté sur l'immigration irrégulière.",
            1,
            None,
            H,
            "Luis Ortega",
        ),
        "a headline « A chez le ministre B » over a body with no verb of meeting is not read as an encounter",
    ),
    _gap(
        (
            "titre reçu par, fr",
            "L'ambassadeur du Japon, Kenji Sato, reçu par le DGPN\n\nAbidjan, 12 mai 2026 - Les échanges ont porté "
            "sur la formation des policiers.",
            1,
            W,
            H,
            "Kenji Sato",
        ),
        "a headline's bare participle « A, reçu par le DGPN » (no auxiliary, no « en audience ») is not read",
    ),
    (
        "les échanges entre nommés ont porté, fr",
        "Lomé, 12 mai 2026 - Les échanges entre le ministre de la Sécurité, Yao Agbeko, et son homologue "
        "béninois, Placide Hounkpè, ont porté mardi sur la sécurité frontalière.",
        1,
        W,
        H,
        "Placide Hounkpè",
    ),
    (
        "relative qui a reçu, fr",
        "Niamey, 12 mai 2026 - Le ministre de l'Intérieur, Moussa Abdou, qui a reçu mardi l'ambassadeur "
        "d'Italie, Marco Bianchi, a salué l'appui italien à la lutte contre l'immigration irrégulière.",
        1,
        W,
        H,
        "Marco Bianchi",
    ),
    (
        "jour et lieu avant le verbe, fr",
        "Rabat, 12 mai 2026 - Le directeur général de la Sûreté nationale, Karim Bennani, a, mardi à Rabat, "
        "reçu le chef de la police portugaise, João Silva.",
        1,
        W,
        H,
        "João Silva",
    ),
    (
        "non : appel aux populations, fr",
        "Bamako, 12 mai 2026 - Le ministre de la Sécurité, Moussa Keïta, a appelé mardi les populations à la "
        "vigilance et à la collaboration avec les forces de sécurité.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : s'est félicité de la saisie, fr",
        "Casablanca, 12 mai 2026 - Le directeur général de la Sûreté nationale, Karim Bennani, s'est félicité "
        "mardi de la saisie de deux tonnes de chira au port de Casablanca.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : passation de service, fr",
        "Abidjan, 12 mai 2026 - Le directeur général de la police nationale, Albert Kouassi, a présidé mardi "
        "la cérémonie de passation de service entre l'ancien et le nouveau directeur de la police judiciaire.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : réunion reportée, fr",
        "Niamey, 12 mai 2026 - La réunion de la commission mixte de sécurité nigéro-béninoise, prévue mardi à "
        "Niamey avec les ministres Moussa Abdou et Placide Hounkpè, a été reportée sine die.",
        0,
        None,
        None,
        None,
    ),
    # ---- a fourth round: encounters to come, a visit as it begins, series of encounters, and meetings only wished
    # for or declined
    (
        "will host, en",
        "Accra, 12 May 2026 - The Inspector General of Police, Kofi Mensah, will host the Togolese Director "
        "General of Police, Yao Agbeko, on Friday for talks on joint border patrols.",
        1,
        W,
        A,
        "Yao Agbeko",
    ),
    (
        "is due to visit, en",
        "Nairobi, 12 May 2026 - The Ugandan Minister of Internal Affairs, Grace Achieng, is due to visit "
        "Nairobi next week for talks with the Kenyan Interior Cabinet Secretary, Peter Mwangi.",
        1,
        None,
        A,
        "Grace Achieng",
    ),
    (
        "arrives tomorrow, en",
        "Dhaka, 12 May 2026 - The Indian Home Secretary, Rajesh Kumar, arrives in Dhaka tomorrow for a "
        "two-day visit during which he will meet the Home Minister, Rafiqul Islam.",
        1,
        V,
        A,
        "Rajesh Kumar",
    ),
    (
        "begins a visit today, en",
        "Kigali, 13 May 2026 - The Zambian Inspector General of Police, Mary Tembo, begins today a three-day "
        "working visit to the Rwanda National Police at the invitation of Inspector General Jean Habimana.",
        1,
        V,
        H,
        "Mary Tembo",
    ),
    (
        "then met, series, en",
        "Lyon, 12 May 2026 - The Inspector General of the Nigeria Police Force, Musa Bello, held talks on "
        "Tuesday with the INTERPOL Secretary General, Anna Weber. He then met the Director of the French "
        "Judicial Police, Pierre Durand, in Paris on Wednesday.",
        2,
        W,
        H,
        "Pierre Durand",
    ),
    (
        "separately met, en",
        "Doha, 12 May 2026 - The Qatari Minister of Interior, Khalid Al-Thani, separately received on Tuesday "
        "the Ambassador of Italy, Marco Bianchi, and the Ambassador of Japan, Kenji Sato.",
        2,
        W,
        H,
        "Kenji Sato",
    ),
    (
        "was to meet, en",
        "Nairobi, 12 May 2026 - The Kenyan Interior Cabinet Secretary, Peter Mwangi, travels to Kampala on "
        "Thursday, where he is to meet the Ugandan Minister of Internal Affairs, Grace Achieng.",
        1,
        None,
        A,
        "Grace Achieng",
    ),
    (
        "no: hoped to meet, en",
        "Accra, 12 May 2026 - The Minister of the Interior, Kofi Boateng, said on Tuesday that he hoped to "
        "meet his Togolese counterpart, Yao Agbeko, some time this year to discuss the border.",
        0,
        None,
        None,
        None,
    ),
    (
        "no: invitation declined, en",
        "Nairobi, 12 May 2026 - The Kenyan Interior Cabinet Secretary, Peter Mwangi, declined on Tuesday an "
        "invitation to meet the Ugandan Minister of Internal Affairs, Grace Achieng, citing the budget "
        "debate.",
        0,
        None,
        None,
        None,
    ),
    (
        "sera reçu, fr",
        "Dakar, 12 mai 2026 - Le ministre gambien de l'Intérieur, Lamin Jallow, sera reçu vendredi par son "
        "homologue sénégalais, Ibrahima Diallo, pour évoquer la criminalité transfrontalière.",
        1,
        W,
        A,
        "Lamin Jallow",
    ),
    (
        "doit rencontrer, fr",
        "Tunis, 12 mai 2026 - Le ministre de l'Intérieur, Khaled Ben Ali, doit rencontrer jeudi à Rome son "
        "homologue italien, Marco Bianchi, sur la question migratoire.",
        1,
        W,
        A,
        "Marco Bianchi",
    ),
    (
        "entame une visite, fr",
        "Lomé, 12 mai 2026 - Le ministre ghanéen de l'Intérieur, Kofi Boateng, entame ce mardi une visite de "
        "travail de deux jours à Lomé, à l'invitation de son homologue togolais, Yao Agbeko.",
        1,
        V,
        H,
        "Kofi Boateng",
    ),
    (
        "a ensuite rencontré, série, fr",
        "Paris, 12 mai 2026 - Le ministre ivoirien de la Sécurité, Albert Kouassi, s'est entretenu mardi avec "
        "le directeur général de la police nationale française, Pierre Durand. Il a ensuite rencontré "
        "mercredi à Lyon le secrétaire général d'Interpol, Anna Weber.",
        2,
        W,
        H,
        "Anna Weber",
    ),
    (
        "a reçu successivement, fr",
        "Rabat, 12 mai 2026 - Le ministre de l'Intérieur, Karim Bennani, a reçu successivement mardi "
        "l'ambassadeur du Portugal, João Silva, et l'ambassadeur du Japon, Kenji Sato.",
        2,
        W,
        H,
        "Kenji Sato",
    ),
    (
        "est arrivé pour une visite, fr",
        "Niamey, 12 mai 2026 - Le ministre tchadien de la Sécurité publique, Idriss Mahamat, est arrivé mardi "
        "à Niamey pour une visite de travail de trois jours à l'invitation de son homologue nigérien, Moussa "
        "Abdou.",
        1,
        V,
        H,
        "Idriss Mahamat",
    ),
    (
        "non : souhaite rencontrer, fr",
        "Dakar, 12 mai 2026 - Le ministre de l'Intérieur, Ibrahima Diallo, a souhaité mardi rencontrer "
        "prochainement son homologue gambien pour parler de la frontière.",
        0,
        None,
        None,
        None,
    ),
    (
        "non : invitation déclinée, fr",
        "Bamako, 12 mai 2026 - Le ministre de la Sécurité, Moussa Keïta, a décliné mardi l'invitation de son "
        "homologue nigérien, Moussa Abdou, à une réunion à Niamey, en raison de la session parlementaire.",
        0,
        None,
        None,
        None,
    ),
]


def _row(row: Row | ParameterSet) -> ParameterSet:
    """A row as a parameter set named by its way of telling the encounter."""
    return row if isinstance(row, ParameterSet) else pytest.param(*row[1:], id=row[0])


@pytest.mark.parametrize(("text", "count", "kind", "status", "name"), [_row(row) for row in ROWS])
def test_meeting_told(text: str, count: int, kind: str | None, status: str | None, name: str | None) -> None:
    record = read_offline(text, "2026-05-13")
    first = record.meetings[0] if record.meetings else None
    names = {p.name for meeting in record.meetings for p in meeting.participants if p.name}
    seen = (
        record.is_meeting_report,
        len(record.meetings),
        str(first.kind.value) if first and kind else None,
        str(first.status.value) if first else None,
        name if name is None or name in names else sorted(names),
    )
    assert seen == (count > 0, count, kind, status, name)

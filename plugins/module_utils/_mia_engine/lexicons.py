# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Word lists for the PII engine (PRIVATE to the collection).

Written by hand from general knowledge of naming and addressing conventions
(common given names in English-, German-, French- and Russian-speaking countries,
postal street-type words, form labels).  They are deliberately NOT derived from any
benchmark corpus or test-data generator.
"""

from __future__ import annotations


def _words(s):
    return frozenset(w for w in s.split() if w)


# Given names.  A given name alone is weak evidence; the recognizer needs a second
# capitalised token (surname) or a context cue.
FIRST_NAMES_EN = _words("""
Mathew Jemma Siobhan Niamh Aoife Ciaran Iain Shona Morag
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas
Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin
Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan
Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Harry Howard Fred Todd
Glenn Travis Shawn Chad Craig Curtis Derek Troy Victor Marcus Luke Joel Dale Brett Cody Corey Dustin
Allen Lee Mitchell Spencer Seth Garrett Colin Ian Lance Grant Trevor Wesley Shane Clayton Jared
Johnny Danny Jimmy Tony Ricky Barry Jay Leonard Stanley Leroy Francis Bradley Jimmie Martin Norman
Edwin Herbert Clarence Earl Ernest Melvin Lloyd Alfred Marvin Jerome Glen Calvin Dean Eddie Chris
Mike Jeff Steve Tom Bob Dave Matt Nick Ben Sam Jon Ken Tim Greg Ron Rick Dan Jim Bill Ted Alex Max
Oliver Leo Lucas Liam Owen Connor Caleb Hunter Isaac Evan Cameron Jackson Aiden Carter Wyatt Blake
Miguel Carlos Luis Jorge Manuel Antonio Pedro Ricardo Francisco Javier Angel Diego Jesus Omar Ivan
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Julia
Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie
Kayla Alexis Lori Tiffany Tammy Crystal Erin Erica Tracy Tina Wendy Monica Dana Holly Courtney
Kristen Kristin Kristina Katie Kathy Valerie Vanessa Veronica Jill Allison Alyssa Paula Leslie
Robin Colleen Sheila Rhonda Yvonne Connie Rita Anne Lynn Peggy Gail Joanne Joann Jane Carrie Dawn
Stacy Stacey Tara Mandy Misty Brandy Casey Whitney Molly Jenna Jillian Lindsay Lindsey Kaitlyn
Caitlin Chelsea Morgan Taylor Brooke Haley Hailey Kylie Sydney Jasmine Destiny Savannah Mackenzie
Chloe Grace Ella Avery Mia Harper Aria Scarlett Lily Zoe Layla Nora Riley Ellie Aubrey Leah Stella
Hazel Violet Aurora Lucy Audrey Claire Bella Skylar Paisley Everly Caroline Naomi Elena Sadie Ruby
Eleanor Penelope Madeline Kaylee Gabriella Alexa Ariana Serenity Hope Faith Joy Kim Kate Katy Jenny
Becky Beth Meg Sue Pat Deb Trish Tanya Sonia Sonya Nina Tamara Renee Jodi Jody Kari Lacey Krystal
Carla Marcia Norma Lois Irene Phyllis Louise Joanna Kaitlin Regina Sherry Sheri Sherri Lorraine
Rose Emily Annie Josephine Ellen Edith Alicia Jo Bonnie Leticia Brianna Yolanda Felicia Ashlee
Roberta Marsha Loretta Wanda Lucille Bernice Agnes Ida Vera Vivian Elaine Eileen Sylvia Rosemary
Daisy Heidi Mercedes Kristy Kristi Nichole Tonya Latoya Ebony Shannon Shelby Shelly Shelley Sally
Kerry Lydia Miranda Marissa Melanie Brittney Bethany Stacie Jaime Tracey Krista Desiree Darlene
Cassandra Katrina Kelli Kelley Angelica Jacquelyn Gina Toni Tasha Alexandra Margarita Rosa Adriana
Gerard Curtis Shaun Clifford Neil Ross Reginald Leon Marc Jamie Clinton Kirk Jeffery Darren Darrell
Kurt Gordon Jenkins Nathaniel Preston Mario Ruben Rodney Bernard Tyrone Jermaine Darius Dominic
Devin Devon Dominique Andre Terrence Terrance Maurice Cedric Frederick Harvey Ray Warren Alvin
Sidney Byron Lewis Clyde Franklin Lester Floyd Gilbert Marshall Oscar Jeremiah Tristan Brady Cole
Colton Chase Landon Gavin Jaden Hayden Parker Bryce Riley Edgar Hector Julian Adrian Xavier Malik
Abraham Isaiah Levi Josiah Micah Elias Ezra Jonah Simon Theodore Miles Jasper Graham Rhys Callum
Harrison Alfie Archie Freddie Reece Kieran Declan Jake Josh Joe Charlie Lewis Jamie Gareth Dean
Nigel Trevor Clive Graham Barry Geoffrey Malcolm Stuart Neil Alistair Alastair Fiona Gemma Kirsty
Leanne Hayley Danielle Jade Chantelle Stacey Natasha Abbie Amelia Imogen Poppy Freya Isla Millie
Evie Phoebe Florence Matilda Elsie Esme Darcy Bethany Nicola Joanne Lesley Tracey Gillian Elaine
Mohammed Muhammad Ali Ahmed Hassan
""")

FIRST_NAMES_DE = _words("""
Heiko Susanna Irma Hannes Nils Ole Maren Birte Karola
Liesel Brunhilde Edeltraud Mechthild Dörte Uta
Hans Peter Klaus Wolfgang Jürgen Dieter Manfred Uwe Günter Günther Horst Helmut Gerhard Werner
Heinz Karl Walter Rolf Bernd Frank Thomas Michael Andreas Stefan Stephan Markus Marcus Matthias
Christian Martin Jens Jörg Sven Tobias Florian Sebastian Alexander Maximilian Lukas Lucas Jonas Leon
Finn Paul Felix Elias Ben Luca Noah Niklas Nico Moritz Julian Philipp Simon David Fabian Dominik
Kevin Dennis Marcel Patrick Daniel Jan Tim Tom Kai Lars Dirk Holger Ralf Rainer Norbert Reinhard
Bernhard Siegfried Friedrich Wilhelm Heinrich Hermann Otto Ernst Kurt Fritz Rudolf Ludwig Georg
Gustav Albert Alfred Erich Willi Willy Herbert Richard Harald Detlef Detlev Volker Joachim Ulrich
Hans-Peter Hans-Jürgen Hans-Joachim Karl-Heinz  Hans-Dieter Heinz-Werner Klaus-Dieter
Jochen Achim Axel Björn Carsten Karsten Olaf Torsten Thorsten Timo Till Henrik Hendrik Johannes
Johann Jakob Jacob Konrad Conrad Anton Emil Oskar Theo Vincent Valentin Leonhard Benedikt Korbinian
Lorenz Kilian Quirin Xaver Ignaz Alois Sepp Josef Joseph Franz Wendelin Eckhard Ekkehard Gottfried
Hartmut Helmuth Lothar Reiner Roland Rüdiger Torben Malte Mirko Ingo Arne Gerd Gert Henning Hinrich
Ursula Ute Monika Petra Sabine Claudia Andrea Susanne Birgit Gabriele Karin Renate Helga Brigitte
Ingrid Erika Christa Gisela Elke Heike Silke Anke Kerstin Katrin Kathrin Nicole Stefanie Stephanie
Julia Anna Lena Laura Lea Leonie Hannah Hanna Sophie Sofia Marie Emilia Emma Mia Lina Clara Klara
Johanna Charlotte Amelie Luisa Louisa Greta Frieda Ida Mathilda Paula Pia Nele Lara Sarah Sara
Melanie Sandra Tanja Anja Nadine Jessica Jennifer Christina Kristina Daniela Manuela Simone Bettina
Martina Marion Angelika Barbara Beate Cornelia Dagmar Doris Edith Elfriede Elisabeth Gertrud Hannelore
Hildegard Irmgard  Margarete Margot Marianne Rosemarie Waltraud Wiebke Anneliese Annegret
Antje Astrid Britta Carola Dorothea Friederike Gudrun Hedwig Henriette Inge Jutta Lieselotte Liselotte
Magdalena Marlies Regina Roswitha Sieglinde Theresa Therese Ulrike Veronika Wilhelmine Yvonne Ilse
Erna Frida Käthe Lotte Luise  Grete Gretel Hilde Hedda Svenja Maike Meike Imke Frauke Janina
Jana Katja Kira Larissa Lisa Maja Marlene Melina Merle Miriam Nina Ronja Selina Tamara Vanessa
Viktoria Victoria Zoe Alina Annika Carina Franziska Isabel Isabell Jacqueline Josephine Jasmin
Heidi Heidemarie Hiltrud Ingeborg Gerda Gerlinde Adelheid Agnes Auguste Babette Berta Bertha
 Vera Hanne Heiderose Rosa Romy Rita Olga Galina Swetlana Tatjana Natalia Natalie  Jürgen
Ilona Gundula Gunda Gunther Gunter Ottmar Otmar Ewald Edmund Egon Eberhard Ernst-August Friedhelm
Gebhard Hubert Hubertus Ingolf Jost Konstantin Leopold Manfred Mathias Nikolaus Raimund Reinhold
Siegmund Sigmund Theodor Ulf Vinzenz Waldemar Wilfried Winfried Wolf Wolfram Zacharias Cathrin
""")

FIRST_NAMES_FR = _words("""
Geneviève Amélie Adélaïde Andrée Bernadette Raymonde Ludivine
Dorothée Antoinette Michèle Emmanuelle Frédérique Micheline Pierrette Éloïse Fabienne Pénélope Rosalie Ségolène
Gilberte Amédée Aristide Cyrille Rémi Théophile Zacharie Léopold Mathéo
Jean Pierre Michel André Philippe René Louis Alain Jacques Bernard Marcel Daniel Roger Robert Paul
Claude Christian Henri Georges Nicolas François Patrick Gérard Christophe Joseph Julien Laurent
Frédéric Éric Eric Stéphane David Pascal Sébastien Thierry Olivier Yves Guy Maurice Raymond Lucien
Gilles Didier Dominique Bruno Denis Vincent Thomas Alexandre Antoine Maxime Guillaume Romain
Mathieu Matthieu Benjamin Jérôme Jerome Franck Hervé Herve Emmanuel Fabrice Arnaud Cédric Cedric
Ludovic Damien Xavier Jérémy Jeremy Kévin Anthony Florian Adrien Clément Clement Quentin Hugo Lucas
Théo Theo Léo Leo Gabriel Raphaël Raphael Arthur Jules Louis Nathan Enzo Ethan Mathis Tom Noé Timéo
Baptiste Valentin Corentin Alexis Victor Martin Simon Benoît Benoit Bertrand Charles Édouard Edouard
Étienne Etienne Émile Emile Fernand Gaston Gustave Honoré Jules Lucas Marius Octave Rémy Remy Roland
Thibault  Tristan Yann Yannick Loïc Loic Gaël Gael Erwan Ronan Killian Mickaël Mickael Grégoire
Gregoire Grégory Gregory Jean-Pierre Jean-Claude Jean-Luc Jean-Marc Jean-Paul Jean-Louis Jean-Michel
Jean-François Jean-Jacques Jean-Marie Jean-Baptiste Marc-Antoine Pierre-Louis Anne-Marie Marie-Claire
Marie-France Marie-Christine Marie-Thérèse Marie-Louise Marie-Hélène Marie-Laure Marie-Anne
Marie Jeanne Françoise Monique Catherine Nathalie Isabelle Jacqueline Sylvie Anne Martine Nicole
Christine Sophie Valérie Valerie Sandrine Stéphanie Stephanie Céline Celine Véronique Veronique
Chantal Brigitte Danielle Madeleine Suzanne Simone Denise Odette Yvette Colette Josiane Ginette
Josette Paulette Georgette Huguette Hélène Helene Élisabeth Elisabeth Claire Julie Aurélie Aurelie
Émilie Emilie Camille Laura Léa Lea Manon Chloé Chloe Emma Inès Ines Jade Louise Alice Lina Rose
Anna Ambre Juliette Zoé Zoe Lucie Mathilde Margaux Margot Pauline Marion Charlotte Audrey Caroline
Virginie Delphine Laetitia Laëtitia Karine Patricia Florence Dominique Agnès Agnes Béatrice Beatrice
Corinne Evelyne Éveline Mireille Nadine Noëlle Noelle Pascale Renée Solange Thérèse Therese Lucienne
Gabrielle Géraldine Geraldine Hortense Joséphine Josephine Léonie Leonie Margaux Marguerite Mélanie
Melanie Noémie Noemie Océane Oceane Élodie Elodie Clémence Clemence Capucine Apolline Agathe
Adèle Adele Albane Alix Anaïs Anais Astrid Bérénice Berenice Blanche Cécile Cecile Clarisse Constance
Coralie Diane Éléonore Eleonore Élise Elise Estelle Eugénie Eugenie Fanny Gisèle Gisele Inès Jacqueline
Justine Laure Lucille Maëlle Maelle Maryse Maud Morgane Nadia Nina Ophélie Ophelie Perrine Rachel
Roxane Sabine Salomé Salome Sarah Séverine Severine Solène Solene Suzanne Sylviane Victoire Yvonne
  Timothée Timothee Aimé Aimée Alphonse Anatole Augustin Aurélien Aurelien Basile
Bastien Célestin Dorian Eugène Eugene Félix Felix Firmin Florent Gauthier Gautier Gilbert Hippolyte
Jacques-Olivier Jérémie Jeremie Joël Joel Jordan Josué Léon Leon Léonard Lionel Marcel Michaël
Noël Noel Pascal Philibert Régis Regis René Rodolphe Sacha Samuel Serge Sylvain Théodore Valère
Benoît Olivier Roger Tristan Gaëtan Gaetan Gaëlle Gaelle Guy Hugues Luc Lucas Marcelle Mathias
""")

# Cyrillic and romanised Russian given names.
FIRST_NAMES_RU = _words("""
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Борис Вадим Валентин
Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Герман Глеб Григорий
Даниил Данила Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим
Марк Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Семён Семен Сергей Станислав
Степан Тимофей Тимур Фёдор Федор Филипп Эдуард Юрий Ярослав Яков Афанасий Богдан Вениамин Всеволод
Гавриил Давид Демид Елисей Ефим Захар Зиновий Игнат Измаил Иннокентий Ираклий Казимир Ким Клим
Кузьма Лаврентий Лука  Мирон Мстислав Назар Наум Нестор Никифор Остап Платон Прохор Радик
Ростислав Савва Савелий Святослав Серафим Тарас Тихон Трофим Устин Фома Харитон Эльдар Эмиль Юлиан
Ян     Влас Модест Селиверст Аким Адриан Агафон Аввакум Ананий Архип
Ерофей Ермолай Емельян Евдоким  Ипполит Исай Кондрат Лукьян Мефодий Мирослав Никон Онуфрий
Пимен Порфирий Родион Самсон Сидор Спартак Тимофей Феликс Феоктист Филимон Флор  Эрнест
Александра Алла Алёна Алена Алина Алиса Алла Анастасия Ангелина Анна Антонина Валентина Валерия
Варвара Вера Вероника Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зинаида
Зоя Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Любовь Людмила Маргарита Марина
Мария Надежда Наталья Наталия Нина Нонна Оксана Олеся Ольга Полина Раиса Регина Римма Светлана
София Софья Таисия Тамара Татьяна Ульяна Эвелина Элеонора Юлия Яна Василиса Злата Милана Таисья
Агата Аглая Агния Ада Аза Акулина Алевтина Анфиса Ариадна Ася Белла Божена Влада Владислава Глафира
Дина Доминика Ефросинья Есения Зарина Изабелла Илона Капитолина Клара Лада Лилия Майя Марфа
Мирослава Нелли Ника Прасковья Розалия Серафима Снежана Стефания Фаина Эльвира Эмилия Юлиана Ярослава
Aleksandr Alexander Aleksey Alexey Andrei Andrey Anton Boris Dmitry Dmitri Dmitriy Evgeny Yevgeny
Igor Ivan Ilya Kirill Konstantin Maxim Maksim Mikhail Nikita Nikolai Nikolay Oleg Pavel Roman
Sergei Sergey Stanislav Vadim Valentin Valery Vasily Viktor Vitaly Vladimir Vladislav Vyacheslav
Yuri Yury Fyodor Fedor Gennady Grigory Leonid Mikhail Anastasia Anastasiya Daria Darya Ekaterina
Yekaterina Elena Yelena Irina Ksenia Kseniya Larisa Lyudmila Ludmila Marina Nadezhda Natalia
Natalya Olga Polina Svetlana Tatiana Tatyana Valentina Yulia Yuliya Zhanna Galina Oksana Sofia
  Nikita  Lyubov Raisa Vera Zoya Alla Inna Nina Tamara Vasilisa Ulyana Arina
Арина Ульяна Семён Лиана Лиза Елисавета Ефрем Евстафий Зиновий Остап
""")

FIRST_NAMES = FIRST_NAMES_EN | FIRST_NAMES_DE | FIRST_NAMES_FR | FIRST_NAMES_RU

# Given names that are also everyday words; they need stronger evidence.
AMBIGUOUS_FIRST = _words("""
Will May June Rose Grace Hope Faith Joy Mark Bill Pat Ray Dawn Summer Autumn April Art Guy Jay
Max Sam Ben Tom Victor Page Lee Dean Gay Robin Holly Ivy Lily Violet Ruby Jade Amber Crystal Daisy
Hazel Destiny Harmony Heather Olive Penny Sue Jean Frank Rich Grant Chase Hunter Parker Miles
Rich Sky Stella Iris Carter Mason Cole Lance Wade Cliff Gene Victoria Christian Angel Marie Luke
Mark Long Young Brown White Black Green Gray Grey Bruce Jack Joe Nick Sonny Eve Ali Wolf Ernst
Leon Felix Paul Jan Kai Ida Lea Ben Lina Otto Emil Theo Gustav Klara Clara Alice Anna Olga Vera Nina
Rita Rosa Regina Diana Marc Luc Ken Tim Lars Till Jens Simon Marc Martin Justine Claire Constance
Victoire Florence Laure Solange Blanche Constance Augustin Émile Jules Pascal Sacha Noël Noel
""")

# Titles / honorifics that introduce a name (lower-cased, without trailing dot).
TITLES = _words("""
mr mrs ms miss mx dr prof sir madam madame mme mlle m herr frau fräulein doktor professor monsieur
mademoiselle dame господин госпожа г-н г-жа гражданин гражданка товарищ доктор профессор
ing dipl kfm mag univ
docteur docteure professeur maître
""")
# police and military ranks name the officer after them ("Sgt Jill Kay", "KHK Leni Flantz", "майор полиции X": the rank
# is read through "полиции" / "юстиции")
TITLES = TITLES | _words("""
officer sgt sergeant constable detective inspector khk kok kommissar kommissarin kriminalkommissar kriminalkommissarin
polizeiobermeister polizeihauptmeister brigadier lieutenant capitaine майор капитан лейтенант сержант полковник
подполковник полиции юстиции
""")

# Words that, right before capitalised tokens, announce a person.
PERSON_CUES = _words("""
patient patients employee customer client contact holder cardholder user applicant tenant
recipient sender author owner manager assignee reporter requester signed name called named
ask asked contacter kontaktieren sie kontoinhaber kontoinhaberin belongs show shows reach meet met
regarding about account
dear hi hello thanks regards from by attn attention member guest visitor passenger student
teacher doctor nurse physician colleague candidate beneficiary payee payer driver witness
kunde kundin patientin mitarbeiter mitarbeiterin ansprechpartner ansprechpartnerin herrn inhaber
inhaberin empfänger empfängerin absender kontakt antragsteller antragstellerin mieter liebe lieber
hallo sehr geehrte geehrter
patiente salarié salariée employé employée cliente contacter titulaire destinataire expéditeur
bonjour cher chère locataire
пациент пациентка сотрудник сотрудника сотрудница клиент клиента клиентка владелец держатель
получатель отправитель заявитель контакт лицо уважаемый уважаемая здравствуйте арендатор
пользователь
caller clinician practitioner advisor adviser consultant sincerely cordially
kontaktperson sachbearbeiter sachbearbeiterin grüßen hochachtungsvoll fao
mitreisende mitreisender mitreisenden begleitperson accompagnant accompagnante namen оператор операторы
conseiller conseillère interlocuteur interlocutrice rappeler appeler joindre chez cordialement
ответственный исполнитель врач уважением
grüße grüsse gruß heiße heisse appelle зовут notfallkontakt
anrufer anruferin versicherte versicherter mieterin
guardian policyholder versicherungsnehmer versicherungsnehmerin свидетель свидетельница
zuständig zuständige zuständiger verantwortlich verantwortliche verantwortlicher responsable référent référente
ответственная куратор кураторы
soussigné soussignée
представитель представителя erziehungsberechtigte erziehungsberechtigter élève
kommentar комментарий resident
enquêteur enquêtrice ermittler ermittlerin sachbearbeitung участковый следователь дознаватель karteninhaber karteninhaberin
porteur porteuse impersonates zeugenaussage aussage
""")
# Roles that are job titles as well: after a comma their holder's employer follows ("Warehouse Supervisor, Acme Foods"),
# after a colon their holder.
JOB_TITLE_CUES = _words("""
notar notarin notaire нотариус supervisor interviewer reviewer recruiter mentor manager vorgesetzte vorgesetzter führungskraft personalreferent
personalreferentin betreuer betreuerin superviseur superviseure recruteur recruteuse tuteur tutrice наставник
""")
PERSON_CUES = PERSON_CUES | JOB_TITLE_CUES

# Labels of a list of people (meeting attendees, claim roles) and parties to a shipment, lease or lawsuit: a team
# or company follows them as often as a person, so a weak cue.
ROSTER_CUES = _words("""
attendees participants teilnehmende teilnehmer teilnehmerinnen anwesend anwesende présents participantes
участники присутствовали adjuster claimant insured passagier passager пассажир
candidates candidats shortlist tenants applicants recipients locataires
panel interviewers reviewers consignee consignor shipper addressee landlord lessor lessee plaintiff defendant vermieter vermieterin kläger klägerin
beklagte beklagter bailleur bailleresse demandeur demanderesse défendeur défenderesse истец истица ответчик ответчица
witnesses zeugen témoins свидетели heirs erben héritiers наследники
""")

# JSON / form keys whose values are personal names (normalised: lower-case, no _ - or space).
PERSON_KEYS = _words("""
name fullname firstname lastname givenname familyname surname displayname username
patientname customername clientname contactname holdername cardholder cardholdername accountholder
accountname ownername employeename recipientname sendername payer payee patient customer contact
holder owner employee recipient sender author assignee reporter requester beneficiary applicant
tenant signer signatory doctor physician nurse manager user person attendee guest member
имя фио фамилия отчество полноеимя клиент пациент сотрудник владелец получатель
nom prénom prenom nomcomplet titulaire vorname nachname familienname kunde inhaber empfänger
legalname caller clinician practitioner contactperson kontaktperson ansprechpartner
""")

# Field words that name the next word as a name part: "(Vorname Hannelore)", "Surname Smith".
NAME_FIELD_WORDS = _words("vorname nachname rufname prénom prenom surname forename firstname lastname отчество фамилия")

# Keys whose value is one part of a name: a single capitalised word there is a name without any lexicon.
PERSON_PART_KEYS = _words("""
firstname lastname givenname familyname surname middlename maidenname forename preferredname
vorname nachname familienname rufname
""")

# the insured party of a claim summary ("Assuré : X", "Страхователь: X") and the keys of a treating physician and of
# a Russian full name in Latin letters ("attending": "X", "fio": "X")
PERSON_CUES = PERSON_CUES | _words("assuré assurée страхователь страхователя застрахованный застрахованная")
# the person on duty or handling a case: "Дежурный: X", "Sachbearbeiterin X", "следователь X"
PERSON_CUES = PERSON_CUES | _words("дежурный дежурная следователь sachbearbeiter sachbearbeiterin")
# "Anfragende Person X", "contact person X"
PERSON_CUES = PERSON_CUES | _words("person")
# who delivers, drives or holds a line: "Zusteller: X", "Fahrer X", "Livreur : X", "Anschlussinhaber: X"
PERSON_CUES = PERSON_CUES | _words("fahrer fahrerin zusteller zustellerin livreur livreuse курьер anschlussinhaber anschlussinhaberin")
# care roles: "Caseworker X", "Next of kin: X", a pet's owner ("Halter Rosemann, Sergio"), {"dentist": "X"}
JOB_TITLE_CUES = JOB_TITLE_CUES | _words("caseworker dentist zahnarzt zahnärztin")
PERSON_CUES = PERSON_CUES | JOB_TITLE_CUES | _words("kin halter halterin tierhalter tierhalterin propriétaire")
PERSON_KEYS = PERSON_KEYS | _words("dentist zahnarzt caseworker carer caregiver therapist pharmacist referrer")
# a relative who called or visits: "Tochter Jana Roe rief an", "his daughter Jane Roe", "сын Иван Петров"
PERSON_CUES = PERSON_CUES | _words("tochter ehefrau ehemann daughter husband wife mother father fille épouse дочь сын жена муж мать")
PERSON_KEYS = PERSON_KEYS | _words("attending attendingphysician treatingphysician fio")
# a school's pupil ("Student": "…", an "Élève" column)
PERSON_KEYS = PERSON_KEYS | _words("student pupil élève eleve schüler schülerin schüler/in ученик ученица учащийся")

# Capitalised words that are never a surname position (months, weekdays, common
# sentence starters, document words).  Keeps title-case phrases intact.
NON_NAME_WORDS = _words("""
The A An This That These Those It Its In On At For From With By To Of And Or But If Then Else
When While Where What Who Why How Yes No Not Please Thanks Thank Hello Hi Dear Regards Best Kind
Sincerely Cheers Good Morning Afternoon Evening Guten Tag Abend Bonsoir Note Notes Summary Total Status Error Warning Info Debug Request Response User
Customer Patient Employee Client Contact Account Order Invoice Payment Card Bank Street Road Avenue
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Januar Februar März Mai Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag
Samstag Sonntag Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre Décembre
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
Der Die Das Ein Eine Und Oder Mit Von Zu Im Am Ist Sind Bitte Danke Herr Frau Hallo Liebe Lieber
Le La Les Un Une Des Et Ou Avec De Du Pour Par Sur Dans Est Merci Bonjour Monsieur Madame
Team Project Service Server System Data Report Update Version Release Build Test Tests Unit
Machine Learning World Action Items Blue Red Group Manager Admin Support Sales
Street Str Straße Rue Lane Drive Court Place Square Park Way Road Suite Apt Unit Floor Building
API JSON HTTP HTTPS URL SQL AWS Google Microsoft Amazon Apple Linux Windows Python Java Docker
MRN SSN IBAN DOB NHS INN SNILS Email Phone Tel Mobile Fax Address Name Date Birth Born Age Sex
Laut Selon According Onboarding Gare Aéroport Flughafen Hauptbahnhof
""")

# Russian surname / patronymic shapes (suffix tests are done in code).
RU_PATRONYMIC_SUFFIXES = ("ович", "евич", "ич", "овна", "евна", "ична", "инична",
                          # declined: "от Брагиной Иванны Георгиевны", "уполномочиваю Сафонова Кирилла Устиновича"
                          "овича", "евича", "овичу", "евичу", "овичем", "евичем", "овиче", "евиче",
                          "овны", "евны", "ичны", "овне", "евне", "ичне", "овну", "евну", "ичну", "овной", "евной", "ичной")
RU_SURNAME_SUFFIXES = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский",
                       "ская", "цкий", "цкая", "ской", "ых", "их", "енко", "ук", "юк", "ко", "ман",
                       "ий", "ая", "ей")

# Role nouns of a witness, card holder, borrower, recipient or neighbour, a French imperative and the Russian
# full-name label, right before a name ("Der Zeuge X", "Karteninhaber ist X", "z. Hd. X", "ФИО X", "contactez X")
PERSON_CUES = PERSON_CUES | _words("""
zeuge zeugin zeugen karteninhaber karteninhaberin empfängers neighbour neighbor nachbar nachbarin
témoin contactez contacter joignez propriétaire фио заёмщик заемщик заёмщика заемщика заёмщица заемщица получателю
получателя соседу соседке студент студентка студента студентки задержанный задержанная задержанного задержанной
""")
PERSON_KEYS = PERSON_KEYS | _words("prescriber cn commonname neighbour neighbor")

# Carers and relatives are people ("Carer X noted …", "Angehörige: X, 0151 …"); buyers, sellers, riders,
# subscribers and donors are people about as often as firms, so a weak cue (see ROSTER_CUES). Keys "nm" (name)
# and "who" hold a person's name.
PERSON_CUES = PERSON_CUES | _words("""
carer carers caregiver caregivers careworker pflegekraft pfleger pflegerin betreuer betreuerin angehörige angehöriger
angehörigen aidant aidante auxiliaire сиделка родственник родственница родственники
""")
ROSTER_CUES = ROSTER_CUES | _words("""
buyer seller rider subscriber donor käufer käuferin verkäufer verkäuferin fahrgast abonnent abonnentin spender
spenderin acheteur acheteuse vendeur vendeuse abonné abonnée donateur donatrice покупатель покупательница продавец
продавщица абонент абонента абоненту жертвователь
""")
PERSON_KEYS = PERSON_KEYS | _words("nm who bidder")
# a study subject (de "Proband(in)") is a person; an estate agent, a pet's or car's keeper and a bank transfer's
# counterparty are people about as often as firms (weak)
PERSON_CUES = PERSON_CUES | _words("proband probandin участник участница")
ROSTER_CUES = ROSTER_CUES | _words("makler maklerin halter halterin counterparty gegenpartei contrepartie")
# Role nouns that open a sentence before a name ("Vendor X will meet the surveyor", "Captain X (mail)"): without them
# the role joins the capitalised run and the run reads as no name; firms fill these roles too, so a weak cue
ROSTER_CUES = ROSTER_CUES | _words("""
vendor vendors tester testers captain traveller traveler travellers travelers borrower borrowers co-borrower
lender guarantor volunteer volunteers instructor trainer tutor mentor courier technician surveyor
reisende reisender kreditnehmer kreditnehmerin bürge bürgin freiwillige ehrenamtliche trainerin kurier techniker
technikerin gutachter gutachterin emprunteur emprunteuse co-emprunteur voyageur voyageuse garant garante bénévole
formateur formatrice tuteur tutrice coursier technicien technicienne волонтёр волонтер доброволец тренер
наставник репетитор курьер техник gast
""")
# a study participant and a (utility, tenancy) contract party before a name: long words, so cue words proper (a
# firm as a contract party carries its legal form, which the name rules refuse)
PERSON_CUES = PERSON_CUES | _words("studienteilnehmer studienteilnehmerin vertragspartner vertragspartnerin")
# the call-centre agent who handled a call ("Agent Jasmine Hanson.", "Agent Beatrice Roskoth · 1207 s", "agent": "…"):
# without the cue the role joins the capitalised run and the run reads as no name (a firm may follow: a weak cue, and
# only right before the name, see _SPEAKER_ROLES)
ROSTER_CUES = ROSTER_CUES | _words("agent agentin")
# a transcript's speaker under its key ('"speaker": "Jane Roe"', not "spk_0"), the clerk who handled a case ("Bearbeiter: X")
PERSON_KEYS = PERSON_KEYS | _words("speaker speakername sprecher sprecherin locuteur locutrice intervenant intervenante спикер")
PERSON_CUES = PERSON_CUES | _words("bearbeiter bearbeiterin")
# the parties of public administration's letters: a vehicle's keeper, a tax payer, a benefit's claimant, a juror
PERSON_CUES = PERSON_CUES | _words("""keeper juror steuerpflichtige steuerpflichtiger fahrzeughalter fahrzeughalterin
    allocataire allocatrice налогоплательщик налогоплательщица prozessbevollmächtigte prozessbevollmächtigter
    notariat rechtsstreit""")
ROSTER_CUES = ROSTER_CUES | _words("organiser organizer organisator organisatorin")

# a debt's debtor and co-signer, a payment's payer and beneficiary ("Debtor Bailey Kent promised payment", "Плательщик:
# Дементий Мамонтов")
PERSON_CUES = PERSON_CUES | _words("""
debtor debtors cosigner co-signer schuldner schuldnerin débiteur débitrice bénéficiaire должник должница должника
плательщик плательщика выгодоприобретатель
""")

# Possessive determiners that open the sentence after a greeting ("Hallo Jana Roe, Ihr Paket ..."): never a name
NON_NAME_WORDS = NON_NAME_WORDS | _words("Ihr Ihre Ihren Ihrem Ihrer Your Votre Vos Ваш Ваша Ваше Ваши")
# the first word of an identifier's name in a list of the data a breach exposed: "your name, Social Security number"
NON_NAME_WORDS = NON_NAME_WORDS | _words("Social")
# a request to reach someone opens a sentence before the name: "Call Jane Roe on …", "Appelez Jeanne Roux au …"
# the main contact of an account: "Hauptkontakt: Guido Junk"
PERSON_CUES = PERSON_CUES | _words("hauptkontakt hauptansprechpartner hauptansprechpartnerin")
PERSON_KEYS = PERSON_KEYS | _words("hauptkontakt hauptansprechpartner maincontact primarycontact")
# (not "Ring", "Ruf" or "Ping": surnames and given names of their own)
NON_NAME_WORDS = NON_NAME_WORDS | _words("""Call Text Ask Message Write Tell Meet Rufen Schreib Schreiben
Kontaktieren Appelez Appeler Contactez Écrivez Звоните Позвоните Напишите
Anruf Rückruf Звонок Перезвонить Перезвоните""")
# departments that are named where a person could be ("Zuständig ist Abteilung Buchhaltung")
NON_NAME_WORDS = NON_NAME_WORDS | _words("Abteilung Buchhaltung Kundenservice Kundendienst Vertrieb Personalabteilung")

# Street-type words.
STREET_SUFFIXES_EN = _words("""
Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Square Sq
Terrace Ter Trail Trl Parkway Pkwy Highway Hwy Way Circle Cir Crescent Cres Close Grove Gardens
Garden Row Mews Walk Hill Hills Heights Park Parks Plaza Point Points Ridge Ridges Valley Valleys
View Views Village Villages Ville Vista Alley Allee Annex Arcade Bayou Beach Bend Bluff Bluffs
Bottom Branch Bridge Brook Brooks Burg Burgs Bypass Camp Canyon Cape Causeway Center Centers
Centre Cliff Cliffs Club Common Commons Corner Corners Course Courts Cove Coves Creek Crest
Crossing Crossroad Curve Dale Dam Divide Drives Estate Estates Expressway Extension Extensions
Falls Fall Ferry Field Fields Flat Flats Ford Fords Forest Forge Forges Fork Forks Fort Freeway
Gateway Glen Glens Green Greens Groves Harbor Harbors Harbour Haven Island Islands Isle Junction
Junctions Key Keys Knoll Knolls Lake Lakes Land Landing Lanes Light Lights Loaf Lock Locks Lodge
Loop Mall Manor Manors Meadow Meadows Mill Mills Mission Motorway Mount Mountain Mountains Neck
Orchard Oval Overpass Pass Passage Path Pike Pine Pines Plain Plains Port Ports Prairie Radial
Ramp Ranch Rapid Rapids Rest Ridge River Roads Route Run Shoal Shoals Shore Shores Skyway Spring
Springs Spur Spurs Squares Station Stravenue Stream Streets Summit Throughway Trace Track
Trafficway Trailer Tunnel Turnpike Underpass Union Unions Vale Viaduct Wall Walks Ways Well Wells
Wharf Wynd Rise Parade Esplanade Quay Embankment Broadway Gate Yard Fold Chase Croft Drove End Approach
Hollow Hollows Junction Isles Heath Moor Wood Woods Inlet Rue Circles Lakes Fields Terraces
Square Gardens Ramp Crossing Causeway Boulevard Via Anex
""")
STREET_UNIT_WORDS = _words("Suite Ste Apt Apartment Unit Flat Floor Fl Room Rm Bldg Building # No")
# German compound suffixes (lower-case) and separate words.
STREET_SUFFIXES_DE = ("straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "ring", "damm",
                      "ufer", "chaussee", "steig", "pfad", "markt", "graben", "berg", "hof", "wall",
                      "kai", "brücke", "tor", "stieg", "zeile", "promenade", "garten", "feld", "au",
                      "anger", "gang", "steg", "wiese", "höhe", "park", "kamp", "twiete", "stätte")
STREET_WORDS_DE = _words("Straße Strasse Str. Str Weg Allee Platz Gasse Ring Damm Ufer Chaussee Am Im An Auf Zum Zur")
STREET_WORDS_FR = _words("""
rue avenue av. av boulevard bd bd. blvd chemin route place impasse allée allee quai cours square
passage voie sentier cité cite rond-point parvis esplanade promenade faubourg fbg hameau lieu-dit
résidence residence villa ruelle montée traverse
""")
STREET_WORDS_RU = _words("""
улица ул ул. проспект пр-т пр. пр просп. просп переулок пер. пер бульвар бул. бул б-р набережная
наб. наб шоссе ш. площадь пл. пл проезд пр-д тупик туп. аллея ал. линия мкр микрорайон квартал
""")

# Context cues (lower-case).  Matched as substrings of a lower-cased window before the candidate.
DOB_CUES = (
    "birth", "born", "dob", "d.o.b", "b-day", "bday", "birthday", "date_of_birth", "dateofbirth",
    "birthdate", "birth_date", "age ", "geboren", "geburt", "geb.", "née le", "né le", "née en",
    "né en", "naissance", "né(e)", "рожд", "родил", "д.р.", "д/р",
)
MRN_CUES = (
    "mrn", "medical record", "medical_record", "medicalrecord", "patient id", "patient_id",
    "patientid", "patient no", "patient number", "patient #", "chart", "health record",
    "nhs", "ehr", "emr", "hospital number", "krankenakte", "patientennummer", "patienten-id",
    "patientenakte", "fallnummer", "dossier médical", "dossier medical", "numéro de dossier",
    "n° de dossier", "numéro patient", "ipp", "медицинск", "медкарт", "мед. карт", "карта пациента",
    "номер карты", "история болезни", "record number", "record no", "patient lookup",
)
SSN_CUES = ("ssn", "social security", "soc. sec", "soc sec", "ss#", "ss #", "tin", "taxpayer id")
INN_CUES = ("инн", "inn", "taxpayer", "tax id", "tax number", "идентификационный номер",
            "налогоплательщик", "numéro fiscal", "steuernummer", "steuer-id", "tax_id", "taxid")
SNILS_CUES = ("снилс", "snils", "страхов", "pension", "insurance number")
PASSPORT_CUES = ("паспорт", "passport", "серия", "серии", "pass.", "reisepass", "passeport",
                 "удостоверение личности", "паспортные данные", "document number")
PHONE_CUES = ("phone", "tel", "mobile", "mob.", "cell", "fax", "call", "sms", "whatsapp", "telegram",
              "telefon", "handy", "rufnummer", "téléphone", "telephone", "portable", "appeler",
              "телефон", "тел.", "тел ", "моб", "номер", "звон", "contact", "dial")
CARD_CUES = ("card", "karte", "carte", "карт", "visa", "mastercard", "amex", "credit", "debit", "pan")
PASSWORD_KEYS = ("password", "passwd", "pass", "pwd", "passphrase", "secret", "passwort", "kennwort",
                 "mot de passe", "mdp", "пароль", "pin", "token", "api_key", "apikey", "api-key",
                 "access_key", "secret_key", "client_secret", "auth", "credentials")
VERSION_CUES = ("version", "ver", "v", "release", "build", "firmware", "сборк", "верси", "релиз",
                "mise à jour", "update", "upgrade", "patch", "rev", "tag", "sdk", "os", "kernel",
                "chrome", "python", "node", "версия", "veröffentlicht", "ausgerollt")

# Frequent surnames (en/de/fr); a surname after an unknown capitalised given name is evidence.
SURNAMES = _words("""
Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson Taylor
Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris Clark Lewis Robinson
Walker Perez Hall Young Allen Sanchez Wright King Scott Green Baker Adams Nelson Hill Ramirez Campbell
Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Flores Morris
Nguyen Murphy Rivera Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox
Diaz Richardson Wood Watson Brooks Bennett Gray Grey James Reyes Cruz Hughes Price Myers Long Foster
Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher
Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales Alexander Ramos
Wallace Griffin West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens
McDonald Harrison Ruiz Kennedy Wells Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker
Freeman Burns Henry Vasquez Snyder Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter
Romero Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice
Moreno Schmidt Patel Ferguson Nichols Herrera Medina Ryan Fernandez Weaver Daniels Stephens Gardner
Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott
Cunningham Knight Bradley Carroll Hudson Duncan Armstrong Berry Andrews Johnston Ray Lane Riley
Carpenter Perkins Aguilar Silva Richards Willis Matthews Chapman Lawrence Garza Vargas Watkins Wheeler
Larson Carlson Harper George Greene Burke Guzman Morrison Munoz Jacobs Obrien Lawson Franklin Lynch
Bishop Carr Salazar Austin Mendez Gilbert Jensen Williamson Montgomery Harvey Oliver Howell Dean
Hanson Weber Garrett Sims Burton Fuller Soto McCoy Welch Chen Schultz Walters Reid Fields Walsh
Little Fowler Bowman Davidson May Day Schneider Newman Brewer Lucas Holland Wong Banks Santos
Curtis Pearson Delgado Valdez Pena Rios Douglas Sandoval Barrett Hopkins Keller Guerrero Stanley
Bates Alvarado Beck Ortega Wade Estrada Contreras Barnett Caldwell Santiago Lambert Powers Chambers
Nunez Craig Leonard Lowe Rhodes Byrd Gregory Shelton Frazier Becker Maldonado Fleming Vega Sutton
Cohen Jennings Parks McDaniel Watts Barker Norris Vaughn Vazquez Holt Schwartz Steele Benson Neal
Dominguez Horton Terry Wolfe Hale Lyons Graves Haynes Miles Park Warner Padilla Bush Thornton
McCarthy Mann Zimmerman Erickson Fletcher McKinney Page Dawson Joseph Marquez Reeves Klein Espinoza
Baldwin Moran Love Robbins Higgins Ball Cortez Le Griffith Bowen Sharp Cummings Ramsey Hardy Swanson
Barber Acosta Luna Chandler Blair Daniel Cross Simon Dennis Oconnor Quinn Gross Navarro Moss
Fitzgerald Doyle McLaughlin Rojas Rodgers Stevenson Singh Yang Figueroa Harmon Newton Paul Manning
Garner McGee Reese Francis Burgess Adkins Goodman Curry Brady Christensen Potter Walton Goodwin
Mullins Molina Webster Fischer Campos Avila Sherman Todd Chang Blake Malone Wolf Hodges Juarez Gill
Farmer Hines Gallagher Duran Hubbard Cannon Miranda Wang Saunders Tate Mack Hammond Carrillo Townsend
Wise Ingram Barton Mejia Ayala Schroeder Hampton Rowe Parsons Frank Waters Strickland Osborne Maxwell
Chan Deleon Norman Harrington Casey Patton Logan Bowers Mueller Glover Floyd Hartman Buchanan Cobb
French Kramer McCormick Clarke Tyler Gibbs Moody Conner Sparks McGuire Leon Bauer Norton Pope Flynn
Hogan Robles Salinas Yates Lindsey Lloyd Marsh McBride Owen Solis Pham Lang Pratt Lara Brock Ballard
Trujillo Shaffer Drake Roman Aguirre Morton Stokes Lamb Pacheco Patrick Cochran Shepherd Cain Burnett
Hess Li Cervantes Olsen Briggs Ochoa Cabrera Velasquez Montoya Roth Meyers Cardenas Fuentes Weiss
Hoover Wilkins Nicholson Underwood Short Carson Morrow Colon Holloway Summers Bryan Petersen McKenzie
Serrano Wilcox Carey Clayton Poole Calderon Gallegos Greer Rivas Guerra Decker Collier Wall Whitaker
Bass Flowers Davenport Conley Houston Huff Copeland Hood Monroe Massey Roberson Combs Franco Larsen
Pittman Randall Skinner Wilkinson Kirby Cameron Bridges Anthony Richard Kirk Bruce Singleton Mathis
Bradford Boone Abbott Charles Allison Sweeney Atkinson Horn Jefferson Rosales York Christian Phelps
Farrell Castaneda Nash Dickerson Bond Wyatt Foley Chase Gates Vincent Mathews Hodge Garrison Trevino
Villarreal Heath Dalton Valencia Callahan Hensley Atkins Huffman Roy Boyer Shields Lin Hancock Grimes
Glenn Cline Delacruz Camacho Dillon Parrish Oneill Melton Booth Kane Berg Harrell Pitts Savage Wiggins
Brennan Salas Marks Russo Sawyer Baxter Golden Hutchinson Liu Walter McDowell Wiley Rich Humphrey
Johns Koch Suarez Hobbs Beard Gilmore Ibarra Keith Macias Khan Andrade Ware Stephenson Henson Wilkerson
Dyer McClure Blackwell Mercado Tanner Eaton Clay Barron Beasley Oneal Preston Small Wu Zamora
Macdonald Vance Snow McClain Stafford Orozco Barry English Shannon Kline Jacobson Woodard Huang
Kemp Mosley Prince Merritt Hurst Villanueva Roach Nolan Lam Yoder McCullough Lester Santana Valenzuela
Winters Barrera Leach Orr Berger McKee Strong Conway Stein Whitehead Bullock Escobar Knox Meadows
Solomon Velez Odonnell Kerr Stout Blankenship Browning Kent Lozano Bartlett Pruitt Buck Barr Gaines
Durham Gentry McIntyre Sloan Melendez Rocha Herman Sexton Moon Hendricks Rangel Stark Lowery Hardin
Hull Sellers Ellison Calhoun Gillespie Mora Knapp McCall Morse Dorsey Weeks Nielsen Livingston
Leblanc McLean Bradshaw Glass Middleton Buckley Schaefer Frost Howe House McIntosh Ho Pennington
Reilly Hebert McFarland Hickman Noble Spears Conrad Arias Galvan Velazquez Huynh Frederick Randolph
Cantu Fitzpatrick Mahoney Peck Villa Michael Donovan McConnell Walls Boyle Mayer Zuniga Giles
Pineda Pace Hurley Mays McMillan Crosby Ayers Case Bentley Shepard Everett Pugh David McMahon Dunlap
Bender Hahn Harding Acevedo Raymond Blackburn Duffy Landry Dougherty Bautista Shah Potts Arroyo
Valentine Meza Gould Vaughan Fry Rush Avery Herring Dodson Clements Sampson Tapia Bean Lynn Crane
Farley Cisneros Benton Ashley McKay Finley Best Blevins Friedman Moses Sosa Blanchard Huber Frye
Krueger Bernard Rosario Rubio Mullen Benjamin Haley Chung Moyer Choi Horne Yu Woodward Ali Nixon
Hayden Rivers Estes Mccarty Richmond Stuart Maynard Brandt Oconnell Hanna Sanford Sheppard Church
Burch Levy Rasmussen Coffey Ponce Faulkner Donaldson Schmitt Novak Costa Montes Booker Cordova
Waller Arellano Maddox Mata Bonilla Stanton Compton Kaufman Dudley McPherson Beltran Dickson
McCann Villegas Proctor Hester Cantrell Daugherty Cherry Bray Davila Rowland Levine Madden Spence
Good Irwin Werner Krause Petty Whitney Baird Hooper Pollard Zavala Jarvis Holden Haas Hendrix
McGrath Bird Lucero Terrell Riggs Joyce Mercer Rollins Galloway Duke Odom Andersen Downs Hatfield
Benitez Archer Huerta Travis McNeil Hinton Zhang Hays Mayo Fritz Branch Mooney Ewing Ritter Esparza
Frey Braun Gay Riddle Haney Kaiser Holder Chaney McKnight Gamble Vang Cooley Carney Cowan Forbes
Ferrell Davies Barajas Shea Osborn Bright Cuevas Bolton Murillo Lutz Duarte Kidd Key Cooke
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner
Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser
Fuchs Peters Lang Scholz Möller Weiß Weiss Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus
Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber
Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold
Wolff Pfeiffer  Lindner
Dubois Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier
Morel Girard Andre André Lefevre Mercier Dupont Lambert Bonnet Francois François Martinez Legrand
Garnier Faure Rousseau Blanc Guerin Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement
Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Gérard Nguyen Boyer
Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Noël Meyer Lucas Meunier Jean Perez Marchand
Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud
Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq
Lacroix Fabre Dupuis Olivier Rodriguez Da Silva Hubert Louis Charles Guillot Riviere Rivière Le Gall
Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Menard Ménard Fleury Deschamps Carpentier Julien
Benoit Benoît Paris Maillard Marchal Aubry Vasseur Le Roux Renault Jacquet Collet Prevost Prévost
Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Lainé Carre Carré Breton Remy Rémy
Schneider Perrot Guyot Barre Barré Marty Cousin   Bouchet Boucher Petitjean
   Rodrigues Etienne Étienne     Leclercq Aubert
""")

# Legal forms written after a company name ("Acme GmbH", "Foo Bar, Inc."), which are not name-shaped tokens.
ORG_LEGAL_FORMS = ("Ltd", "Limited", "LLC", "LLP", "Inc", "Corp", "Co", "GmbH", "AG", "KG", "OHG", "UG", "SA", "S.A", "SAS", "SARL",
                   "SE", "BV", "B.V", "NV", "N.V", "Oy", "AB", "AS", "ApS", "PLC", "Plc", "Pty", "SpA", "S.p.A", "Srl",
                   "ООО", "АО", "ПАО", "ЗАО", "ОАО")

# Capitalised words of company and institution names: never part of a person's name, whatever the key or cue.
ORG_WORDS = _words("""
Ltd Limited Inc Corp Corporation Co Company Holding Holdings Group Supplies Services Solutions Systems Technologies
Logistics Consulting Industries Enterprises Partners Trading Software Labs Bank University Hospital Clinic Klinik Klinikum
Universität Université Institute Foundation Stiftung Gesellschaft Versicherung Insurance Airlines Pharma Motors
Hauptbahnhof Bahnhof Hbf Flughafen Airport Aéroport Aeroport Terminal
""")
# ... and the trades of shops, utilities, lenders and carriers that end a firm's name ("Greenfield Energy", "Summit
# Rentals", "Meridian Credit Union", "Northwind Traders", "Silver Line Mobile"; none of them a surname in the name lists of
# Faker's en, de and fr locales); not those that open one ("Stadtwerke Auental", "Assurances Lavande"): a capitalised run
# with an organisation word after any of its words is refused whole, and "Jana Roe von Stadtwerke Auental" is one run
ORG_WORDS = ORG_WORDS | _words("""
Energy Electric Utilities Telecom Wireless Mobile Broadband Rentals Realty Properties Traders Outfitters Apparel Goods
Supply Store Stores Market Markets Shop Boutique Furniture Home Homes Mutual Assurance Finance Financial Capital Credit
Lending Loans Bancorp Savings Recovery Collections Express Freight Shipping Couriers Delivery Airways Tours Networks
Communications Pharmacy Union Retail Brands Wholesale Imports Versand Immobilien Vermietung Versicherungen Immobilier
""")

# Common nouns and adjectives of document, process and item titles ("Annual Budget Review", "Datenschutz Richtlinie"):
# a value of a bare "name" key made of such words names a thing, not a person.
TITLE_WORDS = _words("""
Annual Quarterly Monthly Weekly Daily Yearly Business Privacy Security Safety Impact Risk Leave Policy Policies Review
Plan Plans Check Checks Audit Budget Meeting Process Procedure Guide Guideline Standard Template Form Task Workflow
Pipeline Job Step Rule Rules Control Controls Score Analysis Strategy Roadmap Overview Agenda Campaign Program Programme
Initiative Product Feature Module Component Document Training Onboarding Offboarding Quality Performance Health Travel
Expense Expenses Vendor Supplier Contract Compliance Incident Change Access Backup Recovery Protection
Richtlinie Bericht Prüfung Antrag Vertrag Jahresbericht Urlaub Schulung Datenschutz Sicherheit Qualität
Politique Rapport Revue Contrôle Demande Congé Congés Annuel Annuelle Analyse Formation Sécurité Qualité
""")

# The goods of a receipt, an order or a listing ("Aurora Wireless Earbuds", "Madison Leather Tote", "Velvet Night Pillow"):
# a given name may open a product's name, which ends in one of these nouns (the name lists of Faker's en, de and fr locales
# hold none of them): ORG_GEO_WORDS holds them, so a run that ends in one is no person (a run's earlier word may be one:
# "Der Router von G. Peukert")
GOODS_WORDS = _words("""
Earbuds Earphones Headphones Headset Speaker Speakers Soundbar Charger Cable Lamp Chair Desk Sofa Rug Pillow Pillows
Blanket Duvet Tote Backpack Wallet Jacket Hoodie Shirt Sneakers Boots Shoes Sandals Slippers Mug Kettle Toaster Blender
Bottle Towel Towels Curtains Mirror Shelf Bookcase Mattress Cushion Quilt Bedding Teapot Skillet Cookware Tablet Laptop
Keyboard Router Camera Smartwatch Projector Printer Purifier Humidifier Heater Vacuum Leather Wool Linen Velvet Bamboo
Ceramic Stainless Wireless Bluetooth Portable Sweater Cardigan Scarf Gloves Jeans Trousers Candle Vase Stroller Scooter
Helmet Dumbbells Treadmill
""")

# Words that end organisation / place names ("Jordan River", "Victoria Station"): a capitalised
# run ending in one of these is not a person unless a title, cue word or JSON key says so.
ORG_GEO_WORDS = _words("""
River Station Street Park Lake Bay Bank Airport University Hospital Hotel Center Centre Group Inc
Ltd GmbH AG SA SAS LLC Company Corp Corporation School College Institute Bridge Mountain Mountains
Valley Beach Island Islands Square Avenue Road Lane Church Cathedral Museum Stadium Arena Hall
Tower Castle Palace Gardens Garden Forest Canyon Falls Desert Sea Ocean Gulf Coast Harbor Harbour
Port County City Town Village District Province State Republic Kingdom Foundation Society Council
Ministry Agency Department Office Desk Division Bureau Team Club League Cup Award Prize Prize Foundation Trust Fund
Strasse Straße Platz Weg Allee Gasse Rue Boulevard Université Universität Klinik Klinikum
Отдел Департамент Управление Служба Центр Комитет Министерство Банк Завод Институт Университет Театр Музей Фонд
Сектор Группа Бюро Агентство Компания Филиал Станция Улица Проспект Площадь
Групп Инк Лтд Лимитед Холдинг Трейд
Campus Central Café Cafe Restaurant Bistro Bakery Pub Inn Shop Store Market Mall Plaza Gallery Library Pharmacy Apotheke
Clinic Praxis Salon Theatre Theater Cinema Kino Gym
""") | ORG_WORDS | GOODS_WORDS

# A key made of a role and "name" (or "fullname", "vollname", "display") names a person: "guestName", "pilot_name",
# "HolderName", "OwnerFullName", "PatientDisplay", "patient_full" (and not "tierName", "hostName", "fileName": no role before
# "name")
PERSON_KEY_ROLES = frozenset(w for w in PERSON_CUES | ROSTER_CUES if w.isascii() and w.isalpha() and len(w) >= 4) | _words(
    "guest pilot bidder holder patient passenger renter interpreter participant deceased backer")
# a clinician's FHIR role: {"performer": [{"display": "X"}]}
PERSON_KEY_ROLES = PERSON_KEY_ROLES | _words("performer practitioner referrer")
PERSON_KEY_SUFFIXES = ("fullname", "vollname", "displayname", "display", "name", "val", "full")
# the roles alone as keys ({"interpreter": "Manja Schacht"}, engineer="A. Riehl")
PERSON_KEYS = PERSON_KEYS | _words("interpreter participant deceased renter backer engineer technician passenger candidate")
# a court's and a study's people as keys ({"judge": "Alwin Radisch"}, {"investigator": "B. Bouvier"}) and a contract's
# signatory as a cue ("acting by its authorised signatory X")
PERSON_KEYS = PERSON_KEYS | _words("judge richter richterin juge судья investigator prüfarzt investigateur исследователь")
PERSON_CUES = PERSON_CUES | _words("signatory unterzeichner unterzeichnerin signataire подписант")
# the people of a court and of legal practice before their names ("Rechtsanwalt Jacob Henk", "Greffier : X", "Судья
# Тетерин А.А.", "Секретарь Андреев А.Д."); a firm follows "counsel" as often as a person, so it is a weak cue
PERSON_CUES = PERSON_CUES | _words("""
judge magistrate solicitor barrister attorney prosecutor paralegal
richter richterin vorsitzende vorsitzender rechtsanwalt rechtsanwältin anwalt anwältin staatsanwalt staatsanwältin
verteidiger verteidigerin justizbeschäftigte justizbeschäftigter urkundsbeamter urkundsbeamtin protokollführer
protokollführerin schriftführer schriftführerin dolmetscher dolmetscherin sachverständige sachverständiger
juge avocat avocate greffier greffière magistrat magistrate procureur huissier huissière interprète
судья секретарь председательствующий председательствующая прокурор адвокат переводчик переводчица эксперт
""")
ROSTER_CUES = ROSTER_CUES | _words("counsel monitor participant")
# (the offices those roles name: "Attorney General", "Judge Advocate", "Counsel Review Board")
NON_NAME_WORDS = NON_NAME_WORDS | _words("General Général Advocate")
ORG_GEO_WORDS = ORG_GEO_WORDS | _words("Board Panel Commission Tribunal")
# a law firm after its lawyer's name ("X, Nordlicht Legal", "X, Roe Rechtsanwälte")
ORG_WORDS = ORG_WORDS | _words("Legal Rechtsanwälte Avocats")
ORG_GEO_WORDS = ORG_GEO_WORDS | ORG_WORDS
# Russian keys transliterated, as Russian code and exports name their fields ({"passazhir": "Зуева Анжелика"}); players
# of a game
PERSON_KEYS = PERSON_KEYS | _words("passazhir passazhirka voditel klient poluchatel otpravitel")
ROSTER_CUES = ROSTER_CUES | _words("player players spieler spielerin joueur joueuse игрок")
# payment methods named where a payer could stand ("collected by Direct Debit", "per Lastschrift")
NON_NAME_WORDS = NON_NAME_WORDS | _words("Debit Lastschrift Überweisung Prélèvement Virement")
# drivers of a ride ("Водитель Фомин Устин", "Chauffeur Nicole Hoareau")
PERSON_CUES = PERSON_CUES | _words("водитель водителя водителю таксист chauffeur chauffeuse conducteur conductrice")
NON_NAME_WORDS = NON_NAME_WORDS | _words("Privé Privée Privat Private")
# a person's other names in an investigation's profile ("Alias: Bellamy, Clothilde; BELLAMY Clothilde")
PERSON_CUES = PERSON_CUES | _words("alias aliases aliasnamen aliasname aka псевдоним псевдонимы")
# whom to notify ("notifying Guy Finch", "Prévenir Pauline Albert"): a team as often, so a weak cue
# (not German infinitives: they follow their object, "Empfänger X bitte informieren")
ROSTER_CUES = ROSTER_CUES | _words("notify notifying inform informing prévenir informer уведомить")
NON_NAME_WORDS = NON_NAME_WORDS | _words("Prévenir Informer Notify Inform Уведомить")
# teams that end where a person's name would ("notify Security Operations", "inform IT Support")
ORG_GEO_WORDS = ORG_GEO_WORDS | _words("Operations Ops Helpdesk Servicedesk Support SOC CERT CSIRT")

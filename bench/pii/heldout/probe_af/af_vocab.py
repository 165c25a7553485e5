"""Clinical vocabulary for probe AF: numbers-that-are-not-PII, title-case phrases, fillers."""
from af_common import digits

# (en, de, fr, ru, ATC, doses)
DRUGS = [("Metformin", "Metformin", "Metformine", "Метформин", "A10BA02", ["500 mg", "850 mg", "1000 mg"]),
         ("Amlodipine", "Amlodipin", "Amlodipine", "Амлодипин", "C08CA01", ["5 mg", "10 mg"]),
         ("Atorvastatin", "Atorvastatin", "Atorvastatine", "Аторвастатин", "C10AA05", ["20 mg", "40 mg", "80 mg"]),
         ("Ramipril", "Ramipril", "Ramipril", "Рамиприл", "C09AA05", ["2.5 mg", "5 mg", "10 mg"]),
         ("Bisoprolol", "Bisoprolol", "Bisoprolol", "Бисопролол", "C07AB07", ["1.25 mg", "2.5 mg", "5 mg"]),
         ("Apixaban", "Apixaban", "Apixaban", "Апиксабан", "B01AF02", ["2.5 mg", "5 mg"]),
         ("Levothyroxine", "Levothyroxin", "Lévothyroxine", "Левотироксин", "H03AA01", ["25 mcg", "50 mcg", "100 mcg"]),
         ("Omeprazole", "Omeprazol", "Oméprazole", "Омепразол", "A02BC01", ["20 mg", "40 mg"]),
         ("Sertraline", "Sertralin", "Sertraline", "Сертралин", "N06AB06", ["50 mg", "100 mg"]),
         ("Amoxicillin", "Amoxicillin", "Amoxicilline", "Амоксициллин", "J01CA04", ["500 mg", "875 mg"]),
         ("Furosemide", "Furosemid", "Furosémide", "Фуросемид", "C03CA01", ["20 mg", "40 mg"]),
         ("Paracetamol", "Paracetamol", "Paracétamol", "Парацетамол", "N02BE01", ["500 mg", "1 g"]),
         ("Salbutamol", "Salbutamol", "Salbutamol", "Сальбутамол", "R03AC02", ["100 mcg"]),
         ("Enoxaparin", "Enoxaparin", "Énoxaparine", "Эноксапарин", "B01AB05", ["40 mg", "0.4 mL"]),
         ("Prednisolone", "Prednisolon", "Prednisolone", "Преднизолон", "H02AB06", ["5 mg", "20 mg"])]
LANG_IX = {"en": 0, "de": 1, "fr": 2, "ru": 3}
RU_UNITS = [("mmol/L", "ммоль/л"), ("µmol/L", "мкмоль/л"), ("mL/min", "мл/мин"), ("mg/L", "мг/л"), ("g/L", "г/л"),
            ("mU/L", "мЕд/л"), ("mcg", "мкг"), ("mg", "мг"), ("mL", "мл"), (" g", " г")]


def localize_units(v, lang):
    if lang in ("de", "fr", "ru") and "x10" not in v:
        v = v.replace(".", ",")
    if lang in ("de", "fr"):
        v = v.replace("mcg", "µg")
    if lang == "ru":
        for a, b in RU_UNITS:
            v = v.replace(a, b)
    return v


def drug_name(rng, lang):
    return rng.choice(DRUGS)[LANG_IX[lang]]


FREQ = {"en": ["once daily", "twice daily", "at night", "every 8 hours", "as required"],
        "de": ["1-0-1", "1-0-0", "0-0-1", "bei Bedarf", "1-1-1"],
        "fr": ["1 cp matin et soir", "1 cp le matin", "si besoin", "3 fois par jour"],
        "ru": ["1 раз в день", "2 раза в день", "на ночь", "по требованию"]}

ICD10 = ["E11.9", "I10", "J18.9", "N39.0", "I48.91", "J44.1", "K21.9", "M54.5", "F32.1", "I50.9", "E78.5",
         "S72.00", "C50.9", "G20", "K50.9", "E03.9", "R07.4", "I63.9", "A41.9", "Z23"]
OPS = ["5-820.00", "5-470.11", "1-632.0", "3-200", "8-930", "5-511.11", "1-440.a", "8-800.c0"]
ATC = ["C09AA05", "A10BA02", "C10AA05", "J01CA04", "N02BE01", "B01AF02", "H03AA01", "J07BX03", "J07BB02"]
CPT = ["99213", "99214", "80053", "85025", "71046", "93000", "36415", "90471", "D2740", "D1110"]
LOINC = ["4548-4", "2345-7", "718-7", "2160-0", "2093-3", "1742-6", "6690-2", "33914-3"]
CCAM = ["QZFA036", "YYYY030", "HBQK002", "ZBQK002"]

LABS = [("HbA1c", "%.1f %%", 5.0, 10.5), ("Glucose", "%.1f mmol/L", 3.9, 14.0), ("Creatinine", "%d µmol/L", 55, 190),
        ("eGFR", "%d mL/min/1.73m²", 18, 110), ("Hb", "%d g/L", 85, 165), ("CRP", "%d mg/L", 1, 180),
        ("Potassium", "%.1f mmol/L", 3.1, 5.9), ("Sodium", "%d mmol/L", 128, 147), ("TSH", "%.2f mU/L", 0.2, 6.5),
        ("WBC", "%.1f x10^9/L", 3.2, 17.5), ("INR", "%.1f", 0.9, 3.8), ("LDL", "%.1f mmol/L", 1.4, 5.6)]
LAB_NAMES = {"de": {"Glucose": "Glukose", "Creatinine": "Kreatinin", "Potassium": "Kalium", "Sodium": "Natrium",
                    "WBC": "Leukozyten"},
             "fr": {"Glucose": "Glycémie", "Creatinine": "Créatinine", "Sodium": "Natrémie", "Potassium": "Kaliémie",
                    "WBC": "Leucocytes"},
             "ru": {"Glucose": "Глюкоза", "Creatinine": "Креатинин", "Potassium": "Калий", "Sodium": "Натрий",
                    "WBC": "Лейкоциты", "Hb": "Гемоглобин", "CRP": "СРБ"}}


def lab_value(rng, lang):
    name, fmt, lo, hi = rng.choice(LABS)
    x = lo + (hi - lo) * rng.random()
    v = fmt % (x if "%." in fmt else int(x))
    return LAB_NAMES.get(lang, {}).get(name, name), localize_units(v, lang)


def dose(rng, lang):
    """(drug name, dose, ATC code)"""
    row = rng.choice(DRUGS)
    return row[LANG_IX[lang]], localize_units(rng.choice(row[5]), lang), row[4]


def money(rng, lang, locale="en_US"):
    x = rng.randint(1200, 950000) / 100.0
    if lang == "en":
        cur = {"en_GB": "£%s", "de_DE": "€%s", "fr_FR": "€%s", "ru_RU": "RUB %s"}.get(locale, "$%s")
        return cur % "{:,.2f}".format(x)
    s = "{:,.2f}".format(x).replace(",", " ").replace(".", ",")
    if lang == "de":
        s = s.replace(" ", ".")
        return "%s €" % s
    if lang == "fr":
        return "%s €" % s.replace(" ", "\u202f")
    return "%s ₽" % s.replace(" ", "\u00a0")


def code_number(rng, kind):
    if kind == "icd":
        return rng.choice(ICD10)
    if kind == "ops":
        return rng.choice(OPS)
    if kind == "atc":
        return rng.choice(ATC)
    if kind == "cpt":
        return rng.choice(CPT)
    if kind == "loinc":
        return rng.choice(LOINC)
    if kind == "ccam":
        return rng.choice(CCAM)
    if kind == "meddra":
        return "100" + digits(rng, 5)
    if kind == "pzn":
        return digits(rng, 8)
    if kind == "dicom":
        return "1.2.840.%d.%d.%d.%s" % (rng.choice([113619, 113704, 114350]), rng.randint(2, 9),
                                        rng.randint(1, 99), digits(rng, 10))
    if kind == "gps":
        return "%.4f, %.4f" % (rng.uniform(48.0, 55.5), rng.uniform(-3.0, 14.0))
    if kind == "ik":
        return "10" + digits(rng, 7)
    raise KeyError(kind)


TC_SCALE = {
    "en": ["Glasgow Coma Scale", "Waterlow Score", "Barthel Index", "Braden Scale", "Morse Fall Scale", "Wells Score",
           "Charlson Comorbidity Index", "Norton Scale", "Abbey Pain Scale"],
    "de": ["Glasgow Coma Scale", "Barthel-Index", "Braden-Skala", "Norton-Skala", "Tinetti-Test", "Mini-Mental-Status-Test"],
    "fr": ["Score de Glasgow", "Échelle de Braden", "Indice de Barthel", "Échelle de Norton", "Test de Tinetti"],
    "ru": ["Шкала Глазго", "Индекс Бартел", "Шкала Брейден", "Шкала Нортон", "Шкала Морсе"],
}
TC_DISEASE = {
    "en": ["Parkinson's Disease", "Crohn's Disease", "Hodgkin Lymphoma", "Addison's Disease", "Graves Disease",
           "Bell's Palsy", "Raynaud Phenomenon", "Guillain-Barré Syndrome", "Cushing Syndrome"],
    "de": ["Morbus Crohn", "Morbus Parkinson", "Hashimoto-Thyreoiditis", "Alzheimer-Demenz", "Morbus Basedow",
           "Morbus Bechterew", "Guillain-Barré-Syndrom"],
    "fr": ["Maladie de Parkinson", "Maladie de Crohn", "Syndrome de Cushing", "Maladie d'Alzheimer", "Maladie de Basedow",
           "Paralysie de Bell", "Syndrome de Guillain-Barré"],
    "ru": ["Болезнь Паркинсона", "Болезнь Крона", "Синдром Кушинга", "Болезнь Альцгеймера", "Лимфома Ходжкина",
           "Болезнь Бехтерева", "Синдром Гийена — Барре"],
}
TC_DX = {k: TC_SCALE[k] + TC_DISEASE[k] for k in TC_SCALE}
TC_PLACE = {
    "en": ["Acute Medical Unit", "Discharge Lounge", "St Thomas' Hospital",
           "Royal Free Hospital", "Maple Ward", "Primrose Unit", "Wilson Ward", "Hospital At Home",
           "Mercy General Hospital", "Lakeshore Family Practice", "Sunrise Senior Living"],
    "de": ["Zentrale Notaufnahme", "Innere Medizin", "Klinikum Mitte", "Station Lindenhof",
           "Sankt Josef Krankenhaus", "Medizinischer Dienst", "Haus Abendsonne", "Praxis Am Markt"],
    "fr": ["Hôpital Saint-Louis", "Service des Urgences", "Unité Pasteur", "Pavillon Charcot",
           "Clinique Sainte-Anne", "Résidence Les Glycines", "Centre Hospitalier Universitaire"],
    "ru": ["Приёмное Отделение", "Корпус Боткина", "Городская Клиническая Больница", "Дневной Стационар",
           "Пансионат Забота"],
}
TITLECASE = {k: TC_DX[k] + TC_PLACE[k] for k in TC_DX}
PETS = ["Biscuit", "Luna", "Max", "Bella", "Oscar", "Pepper", "Mimi", "Rex", "Nala", "Bruno", "Filou", "Minou",
        "Bonnie", "Charlie", "Simba", "Tiger", "Lucky", "Kira", "Murka", "Barsik", "Sharik", "Poppy", "Teddy"]
SPECIES = {"en": ["Labrador retriever", "domestic shorthair cat", "Border collie", "Dachshund", "rabbit"],
           "de": ["Labrador Retriever", "Europäisch Kurzhaar", "Dackel", "Border Collie", "Kaninchen"],
           "fr": ["labrador", "chat européen", "berger australien", "teckel", "lapin nain"],
           "ru": ["лабрадор", "британская кошка", "такса", "хаски", "кролик"]}

VACCINES = ["Comirnaty", "Spikevax", "Boostrix", "Priorix", "Gardasil 9", "Shingrix", "Prevenar 20",
            "Vaxigrip Tetra", "Fluenz", "Engerix-B", "Havrix", "Infanrix hexa"]
VACCINES_RU = ["Спутник V", "Гам-КОВИД-Вак", "Ультрикс Квадри", "Совигрипп", "Пневмовакс 23", "Гардасил"]

FILLER = {
    "en": ["Please bring an up-to-date list of your medicines.", "Fasting is not required for this test.",
           "Let us know if you need an interpreter.", "Parking is available behind the main building.",
           "The results have been filed and no further action is needed.", "Remember to drink plenty of fluids.",
           "Let me know if you'd like me to change the tone of the letter.", "I've kept the summary brief.",
           "Allow 48 hours for the repeat prescription to be processed.", "Nothing urgent was flagged overnight."],
    "de": ["Bitte bringen Sie Ihren aktuellen Medikationsplan mit.", "Für diese Untersuchung müssen Sie nicht nüchtern sein.",
           "Die Befunde wurden abgelegt, es besteht kein Handlungsbedarf.", "Bei Rückfragen stehen wir gern zur Verfügung.",
           "Bitte denken Sie an Ihre Versichertenkarte.", "Ich habe die Zusammenfassung kurz gehalten.",
           "Die Nacht verlief ruhig und ohne besondere Vorkommnisse."],
    "fr": ["Merci d'apporter votre dernière ordonnance.", "Il n'est pas nécessaire d'être à jeun pour cet examen.",
           "Les résultats ont été classés sans suite particulière.", "N'hésitez pas à nous recontacter en cas de question.",
           "Pensez à vous munir de votre carte de mutuelle.", "J'ai volontairement gardé un ton neutre.",
           "La nuit s'est déroulée sans incident."],
    "ru": ["Пожалуйста, возьмите с собой список принимаемых препаратов.", "Анализ сдаётся натощак.",
           "Результаты внесены в карту, дополнительных действий не требуется.", "При ухудшении состояния звоните по номеру 103.",
           "Не забудьте взять полис и паспорт.", "Я постарался изложить всё кратко.",
           "Ночь прошла спокойно, жалоб нет."],
}
INTROS = {
    "en": ["Here is the draft you asked for:", "Sure - summary below.", "Done. I've extracted the key details:",
           "Here's what the record shows:", "I've drafted the message:", "Of course. Below is the note:"],
    "de": ["Hier ist der gewünschte Entwurf:", "Gern, hier die Zusammenfassung:", "Erledigt. Die wichtigsten Angaben:",
           "Folgendes steht in der Akte:", "Ich habe die Nachricht vorbereitet:"],
    "fr": ["Voici le brouillon demandé :", "Bien sûr, voici le résumé :", "C'est fait. Les éléments essentiels :",
           "Voici ce qu'indique le dossier :", "J'ai préparé le message :"],
    "ru": ["Вот черновик, который вы просили:", "Конечно, краткое резюме ниже.", "Готово. Основные данные:",
           "Вот что указано в карте:", "Подготовил сообщение:"],
}

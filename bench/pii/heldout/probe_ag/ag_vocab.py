"""ag_vocab.py - fictional brands and PII-free connective prose, written for this probe."""
from ag_common import pick

# fictional operators: (display name, e-mail domain)
BRANDS = {
    "telecom": {"en_US": [("Brightwave Mobile", "brightwave-mobile.com"), ("Summit Fiber", "summitfiber.net")],
                "en_GB": [("Kestrel Telecom", "kestreltelecom.co.uk"), ("Halcyon Broadband", "halcyonbb.co.uk")],
                "de_DE": [("Funkwerk Mobil", "funkwerk-mobil.de"), ("Glasnetz Nord", "glasnetz-nord.de")],
                "fr_FR": [("Azur Télécom", "azur-telecom.fr"), ("Fibrea", "fibrea.fr")],
                "ru_RU": [("СеверСвязь", "seversvyaz.ru"), ("Волна Телеком", "volna-telecom.ru")]},
    "utility": {"en_US": [("Cascade Power & Light", "cascadepl.com"), ("Riverbend Water", "riverbendwater.org")],
                "en_GB": [("Northgrid Energy", "northgrid-energy.co.uk"), ("Severn Vale Water", "severnvale.co.uk")],
                "de_DE": [("Stadtwerke Auental", "sw-auental.de"), ("Lichtblick Energie Süd", "lb-energie-sued.de")],
                "fr_FR": [("Énergie Loire", "energie-loire.fr"), ("Eaux du Val", "eauxduval.fr")],
                "ru_RU": [("ГорЭнергоСбыт", "gorenergosbyt.ru"), ("Водоканал-Сервис", "vodokanal-service.ru")]},
    "courier": {"en_US": [("SwiftParcel", "swiftparcel.com"), ("Redline Freight", "redlinefreight.com")],
                "en_GB": [("Parcelwise", "parcelwise.co.uk"), ("Thistle Couriers", "thistlecouriers.co.uk")],
                "de_DE": [("Paketblitz", "paketblitz.de"), ("Nordkurier Logistik", "nordkurier-logistik.de")],
                "fr_FR": [("Colivite", "colivite.fr"), ("Relais Rapide", "relais-rapide.fr")],
                "ru_RU": [("БыстроПосылка", "bystroposylka.ru"), ("Курьер-Экспресс", "kurier-express.ru")]},
}


def brand(rng, kind, locale):
    return pick(rng, BRANDS[kind][locale])


FILLER = {
    "en": [
        "I've kept the wording neutral so it can go straight to the customer.",
        "Let me know if you want a shorter version for the SMS channel.",
        "The customer was polite throughout and accepted the proposed next steps.",
        "No further action is needed from the field team at this point.",
        "I have removed the internal notes from the customer-facing part.",
        "The SLA clock was paused while we waited for the customer's reply.",
        "Please double-check the tariff before sending, it changed last month.",
        "This should close the loop on the original complaint.",
        "The previous agent had already issued a goodwill credit, so I didn't add another.",
        "The engineer's notes mention a damaged wall socket, which has since been replaced.",
        "Our records show two earlier contacts about the same issue.",
        "I've flagged the case for a callback within two working days.",
        "The depot confirmed the van left on schedule this morning.",
        "Happy to adjust the tone if this needs to sound more formal.",
        "Everything else on the account looks in order.",
        "The summary below is based on the call recording and the chat log.",
    ],
    "de": [
        "Ich habe den Text so formuliert, dass er direkt an den Kunden gehen kann.",
        "Die Kundin war während des gesamten Gesprächs freundlich und kooperativ.",
        "Bitte den Tarif vor dem Versand noch einmal prüfen, er wurde kürzlich geändert.",
        "Der Techniker hat den Hausanschluss bereits dokumentiert.",
        "Eine Kulanzgutschrift wurde schon vom Vorgänger gebucht.",
        "Aus Sicht des Kundenservice ist nichts Weiteres zu tun.",
        "Der Fall wurde für einen Rückruf innerhalb von zwei Werktagen markiert.",
        "Das Depot bestätigt, dass das Fahrzeug pünktlich losgefahren ist.",
        "Die interne Notiz habe ich aus dem Kundenteil entfernt.",
        "Sag Bescheid, wenn du eine kürzere Fassung für die SMS brauchst.",
        "Alle anderen Angaben im Kundenkonto sind unverändert.",
        "Die Zusammenfassung basiert auf dem Gesprächsprotokoll und dem Chatverlauf.",
    ],
    "fr": [
        "J'ai gardé un ton neutre pour que le message puisse partir tel quel.",
        "Le client est resté courtois pendant tout l'échange.",
        "Merci de vérifier l'offre avant l'envoi, elle a changé le mois dernier.",
        "Le technicien a déjà remplacé la prise murale endommagée.",
        "Un geste commercial avait déjà été accordé par le conseiller précédent.",
        "Aucune action supplémentaire n'est nécessaire côté terrain.",
        "Le dossier est marqué pour un rappel sous deux jours ouvrés.",
        "Le dépôt confirme que la tournée est partie à l'heure ce matin.",
        "J'ai retiré les notes internes de la partie destinée au client.",
        "Dis-moi si tu veux une version plus courte pour le SMS.",
        "Le reste du compte ne présente aucune anomalie.",
        "Ce résumé s'appuie sur l'enregistrement de l'appel et l'historique du chat.",
    ],
    "ru": [
        "Текст составлен так, чтобы его можно было сразу отправить клиенту.",
        "Клиент был вежлив на протяжении всего разговора.",
        "Перед отправкой проверьте тариф, в прошлом месяце он изменился.",
        "Монтажник уже заменил повреждённую розетку.",
        "Предыдущий оператор уже начислил компенсацию, повторно не добавлял.",
        "Дополнительных действий от выездной бригады не требуется.",
        "Обращение отмечено для обратного звонка в течение двух рабочих дней.",
        "Склад подтвердил, что машина выехала по графику.",
        "Внутренние заметки я убрал из части для клиента.",
        "Если нужна короткая версия для СМС, дайте знать.",
        "В остальном по лицевому счёту всё в порядке.",
        "Сводка составлена по записи звонка и истории чата.",
    ],
}


def filler(rng, lang):
    return pick(rng, FILLER.get(lang, FILLER["en"]))


def maybe_filler(rng, lang, p=0.35):
    return ("\n\n" + filler(rng, lang)) if rng.random() < p else ""


def lead_filler(rng, lang, p=0.25):
    return (filler(rng, lang) + " ") if rng.random() < p else ""


CURRENCY = {"en_US": "$", "en_GB": "£", "de_DE": "€", "fr_FR": "€", "ru_RU": "₽"}

DELIVERY_NOTES = {
    "en": ["Leave with neighbour at no. 12", "Ring twice, doorbell is faulty", "Side gate, dog is friendly",
           "Parcel box by the garage", "Call on arrival", "Reception closes at 17:00"],
    "de": ["Bei Nachbarn abgeben", "Zweimal klingeln", "Hintereingang benutzen", "Paketkasten an der Garage",
           "Vorher anrufen"],
    "fr": ["Laisser chez le gardien", "Sonner deux fois", "Digicode à l'entrée", "Boîte à colis près du garage",
           "Appeler à l'arrivée"],
    "ru": ["Оставить у консьержа", "Позвонить за час", "Домофон не работает", "Вход со двора",
           "Подъезд 2, этаж 5"],
}

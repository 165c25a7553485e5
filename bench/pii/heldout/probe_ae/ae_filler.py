"""PII-free prose used to dilute long documents (operations notes, house rules)."""
from ae_common import T

NOTES = {
    "en": ["Breakfast is served in the restaurant on the ground floor.", "Late check-out is subject to availability.",
           "The airport shuttle leaves from the main entrance every twenty minutes.", "City tax is payable on arrival.",
           "Parking spaces are limited and cannot be reserved in advance.", "Housekeeping asked for extra towels on the third floor.",
           "The pool closes for maintenance on Monday mornings.", "Registration desk opens one hour before the first session.",
           "Please remind guests that the spa requires a booking.", "The lift in the east wing is out of service until Friday.",
           "Coffee breaks are scheduled mid-morning and mid-afternoon.", "Storage for luggage is available behind reception.",
           "All rates include VAT but exclude local taxes.", "The cleaning fee is charged once per stay.",
           "Flights may be rebooked free of charge up to the day before departure."],
    "de": ["Das Frühstück wird im Restaurant im Erdgeschoss serviert.", "Ein später Check-out ist nach Verfügbarkeit möglich.",
           "Der Flughafen-Shuttle fährt alle zwanzig Minuten vom Haupteingang.", "Die Kurtaxe ist bei Anreise zu entrichten.",
           "Parkplätze sind begrenzt und können nicht reserviert werden.", "Der Wellnessbereich ist montags vormittags geschlossen.",
           "Die Akkreditierung öffnet eine Stunde vor Beginn.", "Der Aufzug im Ostflügel ist bis Freitag außer Betrieb.",
           "Gepäck kann hinter der Rezeption aufbewahrt werden.", "Alle Preise verstehen sich inklusive Mehrwertsteuer.",
           "Die Endreinigung wird einmal pro Aufenthalt berechnet.", "Umbuchungen sind bis einen Tag vor Abflug kostenlos."],
    "fr": ["Le petit-déjeuner est servi au restaurant du rez-de-chaussée.", "Un départ tardif est possible selon disponibilité.",
           "La navette aéroport part de l'entrée principale toutes les vingt minutes.", "La taxe de séjour est à régler sur place.",
           "Les places de parking sont limitées et ne peuvent pas être réservées.", "Le spa est fermé le lundi matin pour entretien.",
           "L'accueil des participants ouvre une heure avant la première session.", "L'ascenseur de l'aile est est hors service jusqu'à vendredi.",
           "Une bagagerie est disponible derrière la réception.", "Les tarifs incluent la TVA mais pas les taxes locales.",
           "Les frais de ménage sont facturés une fois par séjour."],
    "ru": ["Завтрак подаётся в ресторане на первом этаже.", "Поздний выезд возможен при наличии свободных номеров.",
           "Трансфер в аэропорт отправляется от главного входа каждые двадцать минут.", "Туристический налог оплачивается при заселении.",
           "Количество парковочных мест ограничено, бронирование не предусмотрено.", "СПА-зона закрыта по понедельникам до обеда.",
           "Регистрация участников открывается за час до начала.", "Лифт в восточном крыле не работает до пятницы.",
           "Камера хранения багажа находится за стойкой регистрации.", "Цены указаны с учётом НДС.",
           "Уборка оплачивается один раз за проживание."],
}


def paragraph(cx, fake):
    if cx.rng.random() < 0.35:
        return T(fake.paragraph(nb_sentences=cx.rng.randint(3, 6)))
    k = cx.rng.randint(2, 5)
    return T(" ".join(cx.rng.sample(NOTES[cx.lang], k)))

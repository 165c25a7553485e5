"""Ответы ассистента на русском (авиабилеты, гостиницы, мероприятия, аренда жилья)."""
from ae_common import R, T, J, E


def avia_bron(cx):
    p = cx.person()
    code = cx.pick(["SU", "S7", "SU"])
    (a, ac), (b, bc) = cx.airport_pair()
    return R("Вот основные данные из подтверждения бронирования:\n\n- Код бронирования: {pnr}\n- Пассажир: {name}\n"
             "- Документ: паспорт РФ {pp}\n- Дата рождения: {dob}\n- Рейс {fl} {ac} ({a}) — {bc} ({b}), {d}, вылет в {hm}\n"
             "- Номер электронного билета: {et}\n- Место: {seat}\n- Контакты: {em}, {ph}",
             pnr=cx.pnr(), name=p.name("lfm"), pp=cx.ru_passport(), dob=p.dob_e("dot"), fl=cx.flight(code), ac=ac, a=a, bc=bc, b=b,
             d=cx.travel_date(), hm=cx.hm(), et=cx.eticket(code), seat=cx.seat(), em=p.email_e(), ph=p.phone_e())


def otvet_gostyu(cx):
    p, staff = cx.person(), cx.person()
    ci, co, _, _ = cx.stay()
    obr = "Уважаемый" if p.g == "m" else "Уважаемая"
    return R("Черновик ответа гостю:\n\n{obr} {io}!\n\nБлагодарим вас за выбор отеля «{hotel}». Подтверждаем бронирование номера "
             "категории «{room}» с {ci} по {co}, номер брони {conf}. Бронирование гарантировано картой {card}, списание произойдёт "
             "при заселении.\n\nС уважением,\n{staff}\nСлужба приёма и размещения",
             obr=obr, io=E("PERSON", p.first + " " + p.middle, sub="ru"), hotel=cx.title("hotel"), room=cx.title("room"),
             ci=ci, co=co, conf=cx.bref(), card=cx.card(), staff=staff.name("fl"))


def anketa_kratko(cx):
    p, a = cx.person(), cx.addr()
    ci, co, _, _ = cx.stay("dot")
    return R("Анкета гостя (кратко):\nФИО: {name}\nДата рождения: {dob}\nПаспорт: серия {pp}\nАдрес регистрации: {addr}\n"
             "Телефон: {ph}\nДата заезда: {ci}, дата выезда: {co}\nНомер {room}",
             name=p.name("lfm"), dob=p.dob_e(), pp=cx.ru_passport("numero"), addr=a.full(), ph=p.phone_e(), ci=ci, co=co,
             room=cx.room())


def arenda_avto(cx):
    p, a = cx.person(), cx.addr()
    (ap, apn), _ = cx.airport_pair()
    return R("Договор аренды автомобиля {ra}\nАрендатор: {name}, {dob} г. р.\nВодительское удостоверение: {dl}\n"
             "Паспорт: {pp}\nАдрес: {addr}\nЗалог заблокирован на карте {card}\nПолучение: {d}, {hm}, аэропорт {apn} ({ap})",
             ra=cx.bref("conf"), name=p.name("lfm"), dob=p.dob_e("dot"), dl=cx.licence(), pp=cx.ru_passport(), addr=a.full(),
             card=cx.card(), d=cx.travel_date(), hm=cx.hm(), apn=apn, ap=ap)


def soobshchenie_hozyaina(cx):
    guest, host, a = cx.person(), cx.person(), cx.addr()
    ci, co, _, _ = cx.stay()
    return R("Здравствуйте, {first}!\n\nЖдём вас с {ci} по {co} по адресу {street}. Заселение с 14:00, ключи в ящике у двери, "
             "код пришлю в день заезда. Если что-то понадобится — звоните или пишите в мессенджер: {ph}.\n\n"
             "Залог можно перевести на карту {card}.\n\nС уважением, {host}",
             first=guest.first_name(), ci=ci, co=co, street=a.e(), ph=host.phone_e(), card=cx.card("mir", "spaced"),
             host=E("PERSON", host.first, sub="ru"))


def spisok_uchastnikov(cx):
    rows = []
    for _ in range(cx.rng.randint(2, 4)):
        p = cx.person()
        rows.append(R("- {name}, {em}, {ph}, питание: {diet}, бейдж {b}\n", name=p.name(), em=p.email_e(), ph=p.phone_e(),
                      diet=cx.pick(["вегетарианское", "без ограничений", "без глютена", "постное"]), b=cx.bref("res")))
    return R("Список участников: {ev}, {venue}, {d}\n\n{rows}\nВыгрузка от {ts}.", ev=cx.title("event"), venue=cx.title("venue"),
             d=cx.travel_date(), rows=rows, ts=cx.ts("space"))


def svadba(cx):
    p, q = cx.person(), cx.person()
    return R("Новый ответ на приглашение на свадьбу {d}: {name} придёт, гость +1: {plus}. Выбор блюда: {menu}. "
             "Телефон для связи: {ph}.",
             d=cx.travel_date(), name=p.name("fl"), plus=q.name("fl"), menu=cx.pick(["рыба", "мясо", "вегетарианское"]),
             ph=p.phone_e())


def zayavka_arenda(cx):
    p, a, prev = cx.person(), cx.addr(), cx.addr()
    return R("Сводка по заявке на аренду квартиры:\n\n- Заявитель: {name}, дата рождения {dob}\n- Паспорт: {pp}\n- ИНН: {inn}\n"
             "- Текущий адрес: {cur}\n- Прежний адрес: {prev}\n- Место работы: {emp}, доход {inc} в месяц\n"
             "- Рекомендатель: {ref}, {rph}\n- Почта: {em}\n\nЖелаемая дата заселения: {d}.",
             name=p.name("lfm"), dob=p.dob_e(), pp=cx.ru_passport(), inn=cx.inn("inn12"), cur=a.full(), prev=prev.full(),
             emp=cx.company(), inc=cx.price(500, 3000), ref=cx.person().name("fl"), rph=cx.phone(), em=p.email_e(),
             d=cx.travel_date())


def strahovoy_sluchay(cx):
    p = cx.person()
    return R("Черновик заявления о страховом случае:\n\nЗастрахованный: {name}, {dob}\nНомер убытка: {sn}\n"
             "{d} госпитализация в «{hosp}», номер медицинской карты {mrn}.\nСумма расходов: {amt}\n"
             "Реквизиты для возмещения: карта {card}\nТелефон: {ph}",
             name=p.name("lfm"), dob=p.dob_e(), sn=cx.bref("bkg"), d=cx.travel_date(), hosp=cx.title("hospital"),
             mrn=cx.mrn(), amt=cx.price(100, 4000), card=cx.card(), ph=p.phone_e())


def priglashenie(cx):
    g, host = cx.person(cx.pick(["de_DE", "fr_FR", "en_GB"])), cx.person()
    st = cx.stay()
    return R("Проект письма-приглашения:\n\nПриглашаем {guest} ({gdob} г. р., паспорт {pp}) для участия в мероприятии «{ev}» "
             "с {d1} по {d2}. Проживание забронировано в «{hotel}».\n\nКонтактное лицо: {host}, {hph}, {hem}",
             guest=E("PERSON", g.first + " " + g.last, sub=g.lang), gdob=E("DATE_OF_BIRTH", "%02d.%02d.%d" % (g.dob.day, g.dob.month, g.dob.year)),
             pp=cx.foreign_passport(g.loc), ev=cx.title("event"), d1=st[0], d2=st[1], hotel=cx.title("hotel"),
             host=host.name("lfm"), hph=host.phone_e(), hem=host.email_e())


def komandirovka(cx):
    p = cx.person()
    return R("Заявка на командировку: сотрудник {name}, СНИЛС {snils}, ИНН {inn}. Маршрут: {fl}, {d}. Гостиница «{hotel}», "
             "счёт выставить на организацию (ИНН {orginn}). Контакт: {em}.",
             name=p.name("lfm"), snils=cx.snils(), inn=cx.inn("inn12"), fl=cx.flight(cx.pick(["SU", "S7"])), d=cx.travel_date(),
             hotel=cx.title("hotel"), orginn=cx.inn("inn10"), em=p.email_e())


def schet_gostinicy(cx):
    p = cx.person()
    return R("Счёт {nr} за проживание {name} в номере {room}: {tot}. Оплата картой {card}, плательщик — {org}, ИНН {inn}. "
             "Дата выставления {d}.",
             nr=cx.bref("res"), name=p.name("l_init"), room=cx.room(), tot=cx.price(50, 800), card=cx.card(), org=cx.company(),
             inn=cx.inn("inn10"), d=cx.travel_date())


TEMPLATES = [("avia_bron", avia_bron), ("otvet_gostyu", otvet_gostyu), ("anketa_kratko", anketa_kratko), ("arenda_avto", arenda_avto),
             ("soobshchenie_hozyaina", soobshchenie_hozyaina), ("spisok_uchastnikov", spisok_uchastnikov), ("svadba", svadba),
             ("zayavka_arenda", zayavka_arenda), ("strahovoy_sluchay", strahovoy_sluchay), ("priglashenie", priglashenie),
             ("komandirovka", komandirovka), ("schet_gostinicy", schet_gostinicy)]

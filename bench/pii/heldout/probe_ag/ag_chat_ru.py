"""ag_chat_ru.py - ответы ассистента на русском: поддержка, связь, ЖКХ, доставка."""
from ag_common import I
from ag_vocab import maybe_filler, lead_filler, DELIVERY_NOTES


def obrashchenie(c):
    p, a = c.person(), c.addr()
    c.b.fmt("{lead}**Обращение {t}**\n\nАбонент: {n}\nТелефон для связи: {ph}\nЭл. почта: {e}\nАдрес подключения: ",
            lead=lead_filler(c.rng, "ru"), t=c.ticket(), n=p.variant(), ph=c.phone(), e=c.email(p))
    c.b.add(a.inline())
    c.b.fmt("\nСуть: с {d} пропадает интернет, диагностика линии в {ts} без ошибок.\nДалее: выезд мастера в "
            "интервале {sl}.{f}", d=c.date(), ts=c.ts(), sl=c.slot(), f=maybe_filler(c.rng, "ru"))


def registratsiya_sim(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("telecom")
    c.b.fmt("Договор на оказание услуг связи ({bn}) оформлен.\n\nАбонент: {n}\nДата рождения: {dob}\nПаспорт: {ps}\n"
            "СНИЛС: {sn}\nАдрес регистрации: ", bn=bn, n=p.formal(), dob=c.dob(), ps=c.passport(), sn=c.snils())
    c.b.add(a.inline())
    c.b.fmt("\nНомер: {ph}\nICCID: {ic}\nТариф: {ti}", ph=c.phone(), ic=c.iccid(), ti=c.title())
    if c.chance(0.5):
        c.b.fmt("\nИНН (для счетов): {inn}", inn=c.inn("inn12"))


def perenos_nomera(c):
    p = c.person()
    c.b.fmt("Заявление на перенос номера принято.\n\nВладелец номера: {n}\nПереносимый номер: {ph}\nПаспорт: {ps}\n"
            "Дата переноса: {d}\nНомер заявления: {t}\nIMEI устройства: {im}", n=p.formal(), ph=c.phone(),
            ps=c.passport(), d=c.date(), t=c.ticket(), im=c.imei())


def yurlitso(c):
    p = c.person()
    bn, dom = c.brand(c.pick(["telecom", "courier"]))
    c.b.fmt("Карточка корпоративного клиента {bn}:\n- Организация: ООО «{org}», ИНН {inn}\n- Контактное лицо: {n}, "
            "{ph}, {e}\n- Счёт на оплату {o} от {d}, сумма {m}\n- ИНН контактного лица (ИП): {inn12}",
            bn=bn, org=c.pick(["Вектор", "Северный путь", "Грузовик", "ТехноСклад", "Ладога"]), inn=c.inn("inn10"),
            n=p.formal(), ph=c.phone(), e=c.email(p), o=c.order("inv"), d=c.date(), m=c.money(), inn12=c.inn("inn12"))
    if c.chance(0.4):
        c.b.fmt("\nВнимание: ИНН {bad} из заявки не проходит проверку контрольной суммы.", bad=c.bad_inn())


def pokazaniya(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Показания приняты.\n\nПлательщик: {n}\nАдрес: ", n=p.variant())
    c.b.add(a.inline())
    c.b.fmt("\nЛицевой счёт: {acc}\nСчётчик № {m}\nПоказание: {r} на {d}\nПерерасчёт будет в следующей квитанции.",
            acc=c.account(), m=c.meter(), r=c.reading(), d=c.date())


def kvitantsiya(c):
    p, a = c.person(), c.addr()
    bn, dom = c.brand("utility")
    c.b.fmt("Разбор квитанции {bn} для {n}:\n1. Тариф: {ti}\n2. Потребление: {r} за период {d1} - {d2}\n"
            "3. К оплате: {m}; оплата картой {cc} прошла {d3}\n4. Адрес: ",
            bn=bn, n=p.variant(), ti=c.title(), r=c.reading(), d1=c.date(), d2=c.date(), m=c.money(),
            cc=c.card(), d3=c.date())
    c.b.add(a.inline())


def pretenziya(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Черновик претензии:\n\nОт: {n}\nАдрес: ", n=p.formal())
    c.b.add(a.inline())
    if c.chance(0.6):
        c.b.fmt("\nПаспорт: {ps}", ps=c.passport())
    c.b.fmt("\nТел.: {ph}, e-mail: {e}\n\nПретензия по обращению {t}\n\nС {d} услуга оказывается ненадлежащим "
            "образом, переплата составила {m}. Прошу вернуть средства в течение 10 дней, иначе буду вынужден(а) "
            "обратиться в Роспотребнадзор.\n\nС уважением,\n{n2}",
            ph=c.phone(), e=c.email(p), t=c.ticket(), d=c.date(), m=c.money(), n2=p.variant())


def dostavka_akt(c):
    p, a, drv = c.person(), c.addr(), c.person()
    c.b.fmt("Акт вручения\nОтправление: {tr}\nАдрес доставки: ", tr=c.tracking())
    c.b.add(a.inline())
    c.b.fmt("\nПолучатель: {n}\nВручено: {ts}\nКоординаты: {gps}\nКурьер: {dn}", n=p.full(), ts=c.ts(),
            gps=c.coords(), dn=drv.full())


def marshrut(c):
    drv = c.person()
    c.b.fmt("Маршрутный лист на {d}, курьер {n}, авто {v}\n\n", d=c.date(), n=drv.formal(), v=c.order("van"))
    for i in range(c.randint(3, 6)):
        p, a = c.person(), c.addr()
        c.b.fmt("{i}) {sl} - ", i=i + 1, sl=c.slot())
        c.b.add(I(a.city_line()))
        c.b.add(", ")
        c.b.add(a.street())
        c.b.fmt(" - {n}, {ph} - {tr}", n=p.full(), ph=c.phone(), tr=c.tracking())
        if c.chance(0.3):
            c.b.fmt(" ({h})", h=c.pick(DELIVERY_NOTES["ru"]))
        c.b.add("\n")
    c.b.add("\nНеврученные отправления вернуть на склад до 20:00.")


def rastorzhenie(c):
    p = c.person()
    c.b.fmt("Договор расторгнут: {n}, лицевой счёт {acc}.\n- Удерживающее предложение отклонено: {ti}\n- Дата "
            "окончания: {d}\n- Остаток {m} будет возвращён на карту {cc}\n- Подтверждение отправлено на {e}",
            n=p.variant(), acc=c.account(), ti=c.title(), d=c.date(), m=c.money(), cc=c.card(), e=c.email(p))


def peredacha_chata(c):
    p = c.person()
    c.b.fmt("Передача на вторую линию (чат {cid}): абонент {n} ({e}) пишет с {ip}, версия приложения {v}. Роутер не в "
            "сети с {ts}; перезагрузка и сброс не помогли. Обратный звонок: {ph}.", cid=c.uuid(), n=p.full(),
            e=c.email(p), ip=c.ip(), v=c.version(), ts=c.ts(), ph=c.phone())


def vozvrat(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Возврат оформлен.\n\nНомер возврата: {rma}\nЗаказ: {o}\nКлиент: {n}, {e}\nАдрес забора: ",
            rma=c.order("rma"), o=c.order(), n=p.full(), e=c.email(p))
    c.b.add(a.inline())
    c.b.fmt("\nСумма {m} вернётся на карту {cc} после приёмки на складе.", m=c.money(), cc=c.card())


TEMPLATES = [obrashchenie, registratsiya_sim, perenos_nomera, yurlitso, pokazaniya, kvitantsiya, pretenziya,
             dostavka_akt, marshrut, rastorzhenie, peredacha_chata, vozvrat]

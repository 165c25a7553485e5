"""Russian text templates for probe AH."""


def _ru_table(rng):
    rows = [f"| ⟨PERSON:r{i}⟩ | ⟨DOB⟩ | ⟨SNILS⟩ | ⟨INN⟩ |" for i in range(rng.randint(2, 5))]
    return ("Выгрузка из кадровой системы (таблица):\n\n| ФИО | Дата рождения | СНИЛС | ИНН |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n\nВсего записей: ⟨INT⟩, файл ⟨HASH⟩.")


def _ru_tsv(rng):
    rows = [f"⟨PINIT:r{i}⟩\t⟨WEMAIL:r{i}⟩\t⟨PHONE⟩\t⟨DATE⟩" for i in range(rng.randint(2, 5))]
    return "Скопировал диапазон A1:D" + str(len(rows) + 1) + " из таблицы «Дежурства»:\n\nФИО\tПочта\tТелефон\tДата\n" + "\n".join(rows)


def _ru_ics(rng):
    att = "\n".join(f"ATTENDEE;CN=⟨PNAT:u{i}⟩;RSVP=TRUE:mailto:⟨WEMAIL:u{i}⟩" for i in range(rng.randint(2, 4)))
    return ("BEGIN:VEVENT\nUID:⟨UUID⟩\nDTSTART;TZID=Europe/Moscow:⟨ICSDT⟩\nSUMMARY:Планёрка отдела\nORGANIZER;CN=⟨PNAT:o⟩:mailto:⟨WEMAIL:o⟩\n"
            + att + "\nDESCRIPTION:Подключение: ⟨ROOM⟩. Вопросы — ⟨PHONE⟩.\nEND:VEVENT")


RU = {
    "ru.mail_headers": (
        "От: ⟨PNAT:a⟩ <⟨WEMAIL:a⟩>\nКому: ⟨PNAT:b⟩ <⟨EMAIL:b⟩>\nКопия: ⟨WEMAIL:c⟩\nТема: Re: обращение ⟨CASE⟩\nДата: ⟨TS⟩\n\n"
        "Добрый день, ⟨FIRST:b⟩!\n⟨SENT⟩\n\nС уважением,\n⟨PERSON:a⟩\n⟨JOB⟩, ⟨COMPANY⟩\nтел. ⟨PHONE⟩"),
    "ru.signature": "Спасибо, получил.\n\n--\n⟨PINIT:s⟩\n⟨DEPT⟩\n⟨ADDR⟩\nМоб.: ⟨MOBILE⟩\n⟨WEMAIL:s⟩",
    "ru.ics": _ru_ics,
    "ru.protokol": (
        "Протокол совещания от ⟨DATE⟩\nПрисутствовали: ⟨PINIT:a⟩, ⟨PINIT:b⟩, ⟨PERSON:c⟩\n1. ⟨SENT⟩\n2. ⟨PNAT:a⟩ направит документы на ⟨WEMAIL:b⟩ до ⟨DATE⟩.\n"
        "3. Сервер ⟨IP4⟩ обновить до версии ⟨VER⟩."),
    "ru.kommentariy": "Комментарий ⟨PNAT:a⟩ (⟨TS⟩): «Проверьте, пожалуйста, ИНН контрагента ⟨INNORG⟩ и паспорт ⟨RUPASS⟩ у ⟨PINIT:b⟩». Документ ⟨UUID⟩.",
    "ru.table": _ru_table,
    "ru.tsv": _ru_tsv,
    "ru.gosuslugi": (
        "Заявление № ⟨ORDER⟩ принято.\nЗаявитель: ⟨PERSON:z⟩\nДата рождения: ⟨DOB⟩\nПаспорт: ⟨RUPASS⟩\nСНИЛС: ⟨SNILS⟩\n"
        "Адрес регистрации: ⟨ADDR⟩\nТелефон: ⟨PHONE⟩, эл. почта: ⟨EMAIL:z⟩"),
    "ru.posobie": (
        "Решение о назначении пособия по делу ⟨CASE⟩: получатель ⟨PERSON:p⟩ (СНИЛС ⟨SNILS⟩), выплата ⟨AMOUNT⟩ ежемесячно. "
        "Специалист: ⟨PINIT:s⟩, ⟨WEMAIL:s⟩."),
    "ru.nalog": (
        "ФНС России. Налоговое уведомление ⟨ORDER⟩\nНалогоплательщик: ⟨PERSON:n⟩\nИНН: ⟨INN⟩\nАдрес: ⟨ADDR⟩\nСумма к уплате: ⟨AMOUNT⟩ до ⟨DATE⟩."),
    "ru.povestka": (
        "ПОВЕСТКА. ⟨PERSON:v⟩, проживающий(ая) по адресу ⟨ADDR⟩, вызывается в суд ⟨DATE⟩ в ⟨TIME⟩ по делу ⟨CASE⟩. "
        "Представитель истца: ⟨PNAT:i⟩, тел. ⟨PHONE⟩."),
    "ru.shtraf": "Постановление по делу об административном правонарушении ⟨CASE⟩: собственник ТС ⟨PERSON:s⟩, ⟨DOB⟩ г.р., штраф ⟨AMOUNT⟩. УИН ⟨ORDER⟩.",
    "ru.registraciya": (
        "Уведомление о регистрации по месту пребывания: ⟨PERSON:r⟩, паспорт ⟨RUPASS⟩, адрес ⟨ADDR⟩, срок до ⟨DATE⟩. Заявка ⟨ORDER⟩ от ⟨TS⟩."),
    "ru.notarius": (
        "Нотариус ⟨PINIT:n⟩ сообщает: доверенность от имени ⟨PERSON:d⟩ (паспорт ⟨RUPASS⟩, ИНН ⟨INN⟩) на имя ⟨PERSON:p⟩ удостоверена ⟨DATE⟩, "
        "реестровый № ⟨CASE⟩. Связь: ⟨WEMAIL:n⟩."),
    "ru.kadry": (
        "Личный кабинет сотрудника — выгрузка ⟨TS⟩\nФИО: ⟨PERSON:e⟩\nТабельный номер: ⟨ORDER⟩\nДата рождения: ⟨DOB⟩\nСНИЛС: ⟨SNILS⟩\nИНН: ⟨INN⟩\n"
        "Личная почта: ⟨EMAIL:e⟩\nКарта для зарплаты: ⟨CARD⟩"),
    "ru.dostup": "⟨FIRST:u⟩, учётная запись ⟨WEMAIL:u⟩ создана. Временный пароль: ⟨PWD⟩. Токен для интеграции: ⟨TOKEN⟩.",
    "ru.zayavka_it": "Заявка ⟨CASE⟩: ⟨PINIT:r⟩ (вн. ⟨PHONE⟩) не может подключиться к ВКС. IP ⟨IP4⟩, IPv6 ⟨IP6⟩, клиент ⟨VER⟩.",
    "ru.agent_kontakty": "Нашёл в контактах: ⟨PNAT:a⟩ — ⟨EMAIL:a⟩, ⟨MOBILE⟩; ⟨PNAT:b⟩ — ⟨WEMAIL:b⟩. Отправить приглашение на ⟨DATE⟩?",
    "ru.poliklinika": "Регистратура: пациент ⟨PERSON:p⟩, ⟨DOB⟩ г.р., № медкарты ⟨MRN⟩, полис ОМС ⟨ORDER⟩, просит перенести приём. Тел. ⟨PHONE⟩.",
    "ru.mfc": "МФЦ: запись на ⟨DATE⟩ ⟨TIME⟩ для ⟨PERSON:z⟩ (СНИЛС ⟨SNILS⟩). Талон ⟨ORDER⟩, окно ⟨INT⟩.",
}

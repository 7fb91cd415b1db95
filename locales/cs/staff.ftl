# The staff area, in Czech.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Uložit
staff-actions = Akce
staff-event = Akce
staff-when = Kdy
staff-status = Stav
staff-seats = Místa
staff-name = Jméno
staff-email = E-mail
staff-organisation = Organizace
staff-country = Země
staff-language = Jazyk
staff-role = Role
staff-groups = Skupiny
staff-public-page = Veřejná stránka
staff-mailing-list = Seznam adresátů
staff-registrations = Přihlášky
staff-invitations = Pozvánky
staff-schedule = Naplánovat akci
staff-no-go-back = Ne, zpět
staff-no-keep = Ne, ponechat
staff-deleted-user = (smazaný uživatel)
staff-optional = (nepovinné)
status-draft = koncept
status-published = zveřejněno
status-cancelled = zrušeno
status-confirmed = potvrzeno
status-waitlisted = v pořadníku
status-pending = čeká
status-sent = odesláno
status-failed = selhalo
status-invited = pozván
status-registered = přihlášen
status-declined = odmítl
attendance-attended = přítomen
attendance-no_show = nepřišel
role-admin = administrátor
role-coordinator = koordinátor

## Sign-in and password
login-title = Přihlášení pro pracovníky
login-intro = Pro koordinátory skupin a administrátory.
login-password = Heslo
login-submit = Přihlásit se
login-wrong = E-mail nebo heslo je nesprávné.
login-too-many = Příliš mnoho neúspěšných pokusů z vaší adresy. Zkuste to znovu za { $wait }.
login-password-set = Heslo je nastaveno: přihlaste se svou e-mailovou adresou a novým heslem.
password-title = Nastavte si heslo
password-intro = Zvolte si heslo o délce alespoň 12 znaků pro svůj účet pracovníka v clustercordu. Dobré heslo tvoří několik slov, která si zapamatujete.
password-new = Nové heslo
password-again = Zopakujte heslo
password-submit = Nastavit heslo
password-link-gone = Tento odkaz už byl použit nebo jeho platnost vypršela. Požádejte administrátora, který vás pozval, o nový, nebo se přihlaste, pokud jste si heslo už nastavili.
password-sign-in = Přihlásit se
password-differ = Hesla se liší; zadejte dvakrát totéž.
password-short = Heslo musí mít alespoň 12 znaků.

## The staff home (dashboard)
dash-title = Sekce pro pracovníky
dash-welcome = Vítejte, { $name }
dash-you-admin = Přihlásili jste se jako administrátor: spravujete všechny tematické skupiny.
dash-you-coordinator = Přihlásili jste se jako koordinátor níže uvedených skupin.
dash-coming = Nadcházející akce
dash-seats-taken = Obsazená místa
dash-waiting = V pořadníku
dash-of-capacity = { $count } z { $capacity }
dash-invited = odesláno: { $count }, přihlášeno: { $registered }, odmítlo: { $declined }
dash-invite = Pozvat lidi
dash-no-coming = Není naplánována žádná zveřejněná akce.
dash-drafts = Koncepty čekající na zveřejnění ({ $count })
dash-failed = Neodeslané e-maily ({ $count })
dash-failed-see = Zobrazit a odeslat znovu
dash-all-groups = Všechny skupiny
dash-your-groups = Vaše skupiny
dash-no-groups = Zatím vám nebyla přidělena žádná skupina. Obraťte se na administrátora.
dash-recent = Poslední činnosti pracovníků
dash-recent-all = Celý záznam činností
dash-mail = Odchozí e-maily a jejich doručení
dash-accounts = Účty pracovníků
dash-audit = Záznam činností
dash-erase = Vymazat údaje osoby
deadline-closed = přihlašování je uzavřeno
deadline-today = přihlašování končí dnes
deadline-tomorrow = přihlašování končí zítra
deadline-days = { $count ->
    [one] přihlašování končí za { $count } den
    [few] přihlašování končí za { $count } dny
   *[other] přihlašování končí za { $count } dní
}

## A group's events
group-events-title = { $group }: akce
group-events-caption = Akce skupiny { $group }
group-register-list = Přihlášky
group-invite = Pozvat
group-edit = Upravit
group-publish = Zveřejnit
group-cancel = Zrušit…
group-no-events = Zatím žádné akce. Naplánujte první výměnné fórum nebo studijní cestu skupiny.
group-public = Veřejná stránka skupiny
group-feed-ics = Kalendářový kanál (.ics)
notice-created = Akce je uložena jako koncept. Zveřejněte ji, až bude připravena.
notice-published = Zveřejněno: akce je na veřejných stránkách a v kalendářovém kanálu.
notice-updated = Změny jsou uloženy. Přihlášení dostanou zprávu o novém čase nebo místě.
notice-cancelled = Akce je zrušena. Přihlášení dostávají zprávu e-mailem.

## The event form
form-new = Naplánovat akci pro skupinu { $group }
form-edit = Upravit „{ $title }“
form-correct = Opravte prosím označená pole ({ $count }).
form-what = Co
form-kind = Typ
form-title = Název
form-description = Popis
form-when = Kdy
form-local-time = Místní čas v místě konání.
form-starts = Začátek
form-ends = Konec
form-timezone = Časové pásmo místa konání
form-where = Kde
form-venue = Místo konání
form-address = Adresa
form-city = Město
form-country = Země (kód ISO, např. IT)
form-host = Hostitelská organizace (u studijních cest)
form-seats = Místa
form-capacity = Počet míst (prázdné: bez omezení)
form-country-cap = Nejvýše míst pro jednu zemi (prázdné: bez omezení)
form-deadline = Termín pro přihlášení (nepovinné)
form-agenda = Program nebo trasa
form-agenda-hint = U fóra bloky s řečníky, u studijní cesty zastávky s místem. Prázdný řádek se vynechá.
form-add-row = Přidat řádek
form-from = Od
form-to = Do
form-speaker = Řečník
form-place = Místo
form-row-error = Tento řádek { $message }
form-overlap = Naplánovat i tak, přestože se překrývá s jinou akcí
form-past = Tato akce je v minulosti. Pokud ji chcete přesto uložit, zaškrtněte políčko níže.
form-past-confirm = Uložit, přestože je v minulosti
form-back = Zpět bez uložení
form-overlap-problem = V této skupině by se překrývala s akcí „{ $title }“ ({ $when }). Pokud ji chcete přesto uložit, zaškrtněte níže „Naplánovat i tak“.

## Registrations of an event
regs-title = Přihlášky: { $title }
regs-csv = Stáhnout CSV
regs-sheet = Prezenční listina k tisku
regs-participation = Účast
regs-confirmed = potvrzeno
regs-waiting = v pořadníku
regs-cancelled = zrušeno
regs-attended = přítomno
regs-seats-left = volná místa
regs-by-country = Podle země
regs-by-kind = Podle typu organizace
regs-kind = Typ organizace
regs-head-confirmed = Potvrzeno
regs-head-waiting = V pořadníku
regs-head-cancelled = Zrušeno
regs-head-attended = Přítomno
regs-none-yet = Zatím žádné přihlášky.
regs-note = Poznámka
regs-attendance-of = Účast: { $name }
regs-not-marked = neoznačeno
regs-cancel = Zrušit přihlášku
regs-nobody = Zatím se nikdo nepřihlásil.

## Cancelling a registration
rcancel-title = Zrušit přihlášku: { $name }?
rcancel-crumb = Zrušení přihlášky
rcancel-who = { $name } ({ $email }, { $country }) – akce „{ $title }“, { $when }; stav přihlášky: { $status }.
rcancel-told = Osoba dostane ve svém jazyce e-mail, že pořadatelé zrušili její přihlášku, spolu s aktualizací kalendáře, která akci odstraní.
rcancel-seat = Uvolněné místo dostane další vhodný čekající z pořadníku.
rcancel-already = Tato přihláška je již zrušena.
rcancel-message = Zpráva pro { $name } (nepovinné)
rcancel-hint = Uveďte důvod srozumitelně; odešle se přesně tak, jak ho napíšete.
rcancel-submit = Ano, zrušit přihlášku

## Cancelling an event
ecancel-title = Zrušit „{ $title }“?
ecancel-registrants = { $count ->
    [one] { $count } přihlášená osoba dostane e-mail, že akce je zrušena, s aktualizací kalendáře, která ji odstraní.
    [few] { $count } přihlášené osoby dostanou e-mail, že akce je zrušena, s aktualizací kalendáře, která ji odstraní.
   *[other] { $count } přihlášených osob dostane e-mail, že akce je zrušena, s aktualizací kalendáře, která ji odstraní.
}
ecancel-nobody = Zatím není nikdo přihlášen.
ecancel-invitees = Zprávu dostanou i pozvaní, kteří dosud neodpověděli.
ecancel-final = Tuto akci nelze vrátit zpět.
ecancel-message = Zpráva pro ně (nepovinné)
ecancel-hint = Proč a co bude dál (třeba nový termín); odešle se přesně tak, jak ji napíšete.
ecancel-submit = Ano, zrušit akci

## The mailing list
members-title = { $group }: seznam adresátů
members-import-done = Import dokončen:
members-import-counts = přidáno: { $added }, aktualizováno: { $updated }, odmítnuto: { $refused }.
members-line = Řádek { $line }: { $reason }
members-add = Přidat člena
members-country = Země (kód ISO)
members-language = Jazyk e-mailů
members-add-submit = Přidat
members-import = Importovat tabulku
members-import-hint = Soubor CSV (UTF-8) s řádkem záhlaví: name, email, organisation, country, language. Adresy, které už v seznamu jsou, se aktualizují, nezdvojí se. Ze souboru, který nelze přečíst, se neimportuje nic.
members-file = Soubor CSV
members-import-submit = Importovat
members-download = Stáhnout seznam jako CSV
members-total = { $count ->
    [one] { $count } člen
    [few] { $count } členové
   *[other] { $count } členů
}
members-page-of = Strana { $page } z { $pages }
members-by-name = Strana { $page } z { $pages }, podle jména.
members-unsubscribed = odhlášen
members-remove = Odebrat
members-pages = Strany seznamu
members-previous = ‹ Předchozí
members-next = Další ›
members-empty = Zatím žádní členové: přidejte je výše nebo importujte tabulku.
members-removed = Odebráno ze seznamu adresátů.
members-choose-file = Vyberte soubor k importu: CSV, jehož první řádek obsahuje názvy sloupců.
members-nothing-imported = Nic se neimportovalo: soubor { $reason }.
mremove-title = Odebrat ze seznamu adresátů: { $name }?
mremove-crumb = Odebrání
mremove-text = { $name } ({ $email }, { $country }) už nebude dostávat pozvánky od skupiny { $group }. Stávající přihlášky zůstávají beze změny; osoba o tom nedostane zprávu.
mremove-submit = Ano, odebrat: { $name }
mremove-keep = Ne, ponechat

## Invitations
inv-title = Pozvánky: { $title }
inv-heading = Pozvat lidi na „{ $title }“
inv-who = Komu
inv-to-group = Všem členům skupiny { $group } (každému v jeho jazyce)
inv-to-list = Na tyto adresy (v angličtině):
inv-addresses = Adresy, jedna na řádek
inv-placeholder = jedna adresa na řádek
inv-resend = Poslat znovu i dříve pozvaným
inv-submit = Odeslat pozvánky
inv-invited = Pozvaní ({ $count })
inv-answer = Odpověď
inv-when-invited = Datum pozvání
inv-nobody = Zatím nikdo nebyl pozván.
inv-queued = { $count ->
    [one] { $count } pozvánka je zařazena k odeslání; odejde do minuty.
    [few] { $count } pozvánky jsou zařazeny k odeslání; odejdou do minuty.
   *[other] { $count } pozvánek je zařazeno k odeslání; odejdou do minuty.
}
inv-skipped = { $count ->
    [one] { $count } osoba byla vynechána: už byla pozvána nebo se odhlásila.
    [few] { $count } osoby byly vynechány: už byly pozvány nebo se odhlásily.
   *[other] { $count } osob bylo vynecháno: už byly pozvány nebo se odhlásily.
}
inv-none-given = Vyberte členy skupiny nebo zadejte alespoň jednu adresu.
inv-bad-addresses = Toto nejsou e-mailové adresy: { $list }. Nic nebylo odesláno.
iconfirm-title = Pozvat skupinu { $group }?
iconfirm-crumb = Potvrzení
iconfirm-heading = Pozvat členy skupiny { $group }?
iconfirm-count = { $count ->
    [one] { $count } osoba dostane pozvánku e-mailem ve svém jazyce.
    [few] { $count } osoby dostanou pozvánku e-mailem, každá ve svém jazyce.
   *[other] { $count } osob dostane pozvánku e-mailem, každá ve svém jazyce.
}
iconfirm-left-out = Dříve pozvaní členové se vynechají.
iconfirm-unsubscribed = Odhlášení členové nedostanou nic.
iconfirm-submit = { $count ->
    [one] Ano, odeslat { $count } pozvánku
    [few] Ano, odeslat { $count } pozvánky
   *[other] Ano, odeslat { $count } pozvánek
}
iconfirm-nobody = Nikdo by nedostal e-mail: všichni členové už byli pozváni nebo se odhlásili. Pokud je chcete pozvat ještě jednou, zaškrtněte „Poslat znovu i dříve pozvaným“.

## Outgoing mail
mail-title = Odchozí e-maily
mail-all = vše
mail-to = Komu
mail-subject = Předmět
mail-attempts = Pokusy
mail-last-error = Poslední chyba
mail-retry = Zkusit znovu
mail-none = Žádné zprávy.
mail-none-status = Těmto filtrům neodpovídá žádná zpráva.

## Audit log
audit-title = Záznam činností
audit-intro = Co udělali pracovníci, od nejnovějšího (posledních 500 akcí), časy v { $zone }.
audit-when = Kdy
audit-who = Kdo
audit-action = Činnost
audit-on = Objekt
audit-detail = Podrobnosti
audit-none = Zatím není nic zaznamenáno.

## Staff accounts
acc-title = Účty pracovníků
acc-who-has = Kdo má účet ({ $count })
acc-who = Kdo
acc-state = Stav
acc-all = všechny
acc-disabled = deaktivován
acc-invited = pozván, zatím bez hesla
acc-active = aktivní
acc-change = Změnit
acc-invite = Pozvat pracovníka
acc-invite-hint = Dostane e-mail s odkazem pro nastavení vlastního hesla (funguje jednou, 7 dní).
acc-name-hint = (zobrazuje se ostatním pracovníkům)
acc-role-coordinator = Koordinátor skupin zaškrtnutých níže
acc-role-admin = Administrátor: všechny skupiny a účty pracovníků
acc-groups-coordinator = (pro koordinátora)
acc-invite-language = Jazyk pozvánky
acc-invite-submit = Odeslat pozvánku
acc-active-box = Může se přihlásit (zrušením zaškrtnutí účet deaktivujete: jeho relace a tokeny API okamžitě skončí)
acc-back = Zpět na účty
acc-notice-invited = Pozvánka je na cestě: odkaz pro nastavení hesla platí 7 dní.
acc-notice-saved = Účet je uložen.

## Erasing a person's data
erase-title = Výmaz údajů osoby
erase-done = Vymazáno.
erase-done-counts = Smazány byly přihlášky ({ $registrations }), pozvánky ({ $invitations }), záznamy v seznamech adresátů ({ $members }) a zprávy ({ $messages }).
erase-nothing = Pro { $email } nemáme uloženo nic: žádnou přihlášku, pozvánku, záznam v seznamu adresátů ani zprávu.
erase-found = Pro { $email } máme uloženy přihlášky ({ $registrations }), pozvánky ({ $invitations }), záznamy v seznamech adresátů ({ $members }) a zprávy ({ $messages }). Výmaz je všechny odstraní a nelze jej vrátit zpět.
erase-submit = Ano, vymazat vše uložené pro { $email }
erase-intro = Když někdo požádá o výmaz, tato funkce odstraní vše, co je uloženo k jeho adrese: jeho přihlášky na všechny akce (místo, které měl před akcí, dostane další čekající), pozvánky, záznamy v seznamech adresátů všech skupin a všechny e-maily, které mu byly odeslány nebo čekají na odeslání. Dříve než se cokoli smaže, uvidíte, co by se smazalo. Záznam činností zachytí, že k výmazu došlo, nikoli koho se týkal.
erase-address = E-mailová adresa osoby
erase-show = Zobrazit, co je uloženo k této adrese
erase-bad-address = Zadejte adresu tak, jak nám byla poskytnuta, např. jmeno@example.org.

## The attendance sheet
sheet-title = Prezenční listina: { $title }
sheet-date = Datum:
sheet-venue = Místo konání:
sheet-back = Zpět
sheet-print = Tuto stránku vytisknete z prohlížeče (Ctrl+P).
sheet-signature = Podpis
sheet-total = { $count ->
    [one] { $count } potvrzený účastník.
    [few] { $count } potvrzení účastníci.
   *[other] { $count } potvrzených účastníků.
}
sheet-organiser = Podpis pořadatele:

## Field errors of the staff forms
field-after-start = musí být po začátku
field-before-start = musí být před začátkem akce
field-within-event = musí být mezi začátkem a koncem akce
field-after-previous = musí následovat po předchozí položce
field-timezone = musí být časové pásmo IANA, např. Europe/Rome
field-timezone-perhaps = musí být název časového pásma IANA: možná { $list }
field-capacity = musí být celé číslo od 1 do 100000, nebo prázdné, pokud není omezení
field-country-cap = musí být celé číslo alespoň 1, nebo prázdné, pokud není omezení
field-cap-above-capacity = nesmí být vyšší než počet míst
field-below-confirmed = nesmí být nižší než počet potvrzených přihlášek ({ $count })
field-below-country = nesmí být nižší než počet potvrzených přihlášek z jedné země ({ $count })
field-time = musí být datum a čas
field-password-short = musí mít alespoň 12 znaků
wait-seconds = { $count ->
    [one] { $count } sekundu
    [few] { $count } sekundy
   *[other] { $count } sekund
}
wait-minutes = { $count ->
    [one] { $count } minutu
    [few] { $count } minuty
   *[other] { $count } minut
}
inv-started = Akce už začala: pozvánky se posílají jen na budoucí akce.
field-number = musí být celé číslo
audit-group = Skupina
audit-any = všechny skupiny
audit-anyone = kdokoli
audit-filter = Zobrazit
mail-intro = Nejnovějších 500 zpráv, časy v { $zone }.
mail-any-event = všechny akce
mail-day = Napsáno dne
mail-written = Napsáno
mail-show-text = Číst
mail-text = Zpráva tak, jak byla odeslána (text)
mail-back = Zpět na odchozí poštu
acc-language = Jazyk stránek a e-mailů
acc-language-browser = podle prohlížeče
acc-again-heading = Poslat odkaz znovu
acc-again-hint = Na pozvánku zatím nikdo nereagoval: pošlete nový odkaz k nastavení hesla (platí jednou, 7 dní); dříve poslané odkazy přestanou platit.
acc-again-submit = Poslat nový odkaz
acc-reset-hint = Dostane odkaz k nastavení nového hesla (platí jednou, 7 dní); do té doby platí současné heslo.
inv-publish-first = Před zváním lidí akci zveřejněte.
acc-last-admin = Toto je poslední aktivní správce: nejprve jmenujte dalšího.
acc-exists = Účet pracovníka pro { $email } už existuje.
field-language = musí být jeden z kódů: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } se v souboru vyskytuje už dříve
epublish-title = Zveřejnit „{ $title }“?
epublish-overlap = Překrývá se s „{ $title }“ ({ $when }) v této skupině. Přesto zveřejnit?
epublish-anyway = Přesto zveřejnit
event-edit = Upravit akci
members-no-column = nemá v záhlaví sloupec { $columns }
members-not-csv = není platné CSV ({ $detail })
audit-act-event-schedule = naplánována akce
audit-act-event-change = změněna akce
audit-act-event-publish = zveřejněna akce
audit-act-event-cancel = zrušena akce
audit-act-event-invite = odeslány pozvánky
audit-act-registration-cancel = zrušena registrace
audit-act-registration-attendance = zaznamenána účast
audit-act-members-add = přidán člen
audit-act-members-remove = odebrán člen
audit-act-members-import = importováni členové
audit-act-group-create = vytvořena skupina
audit-act-staff-invite = pozván pracovník
audit-act-staff-reinvite = odeslán nový přihlašovací odkaz
audit-act-staff-change = změněn účet pracovníka
audit-act-person-erase = vymazána osoba
audit-act-mail-retry = znovu odeslán e-mail
audit-act-export = exportován seznam
members-added = Uloženo do adresáře.
regs-done-attendance = Účast uložena.
regs-done-cancelled = Registrace zrušena. Osoba bude informována e-mailem.
form-audience = Pro koho
form-audience-hint = Interní schůzky projektu se nikdy nezapočítávají do ukazatelů programu.
audience-closed = Pozvaní nebo registrovaní účastníci
audience-public = Otevřeno všem
audience-internal = Interní schůzka projektu
planed-title = Strategický plán skupiny { $group }
planed-saved = Uloženo.
planed-adopted = Přijato: tato verze je zmrazena v současné podobě.
planed-deleted = Klíčové opatření smazáno.
planed-moved = Přesunuto.
planed-adopted-badge = přijat
planed-text = Název a shrnutí
planed-summary = Shrnutí
planed-summary-hint = Prostý text; mezi odstavci nechte prázdný řádek.
planed-create = Vytvořit plán
planed-up = Nahoru
planed-down = Dolů
planed-delete = Smazat
planed-add = Přidat klíčové opatření
planed-parent = Součást opatření
planed-top-level = (samostatné klíčové opatření)
planed-add-button = Přidat a otevřít
planed-versions = Přijetí a verze
planed-adopt-hint = Přijetí zmrazí plán v současné podobě jako verzi { $version }; ta zůstane čitelná, jaká byla, ať se později změní cokoli.
planed-adopt = Přijmout jako verzi { $version }
planed-version = Verze { $version }, { $when }
planed-compare = porovnat se současností
planed-owners-hint = Jedna na řádek: organizace, kód země (Milano Metropoli, IT).
planed-targets = Cíle
planed-targets-hint = Cíl nechte prázdný, kde se nehodí. Pokrok je průměr nastavených cílů.
planed-events = Akce skupiny, kterým toto opatření slouží
planed-progress = Pokrok
planed-progress-now = Nyní { $percent } %
planed-manual = Nastavit pokrok ručně
planed-percent = Pokrok v procentech (0 až 100)
planed-reason = Proč (povinné při ručním nastavení)
compare-title = Verze { $version } vedle současného plánu
compare-changed = změněno
compare-same = beze změny
compare-change = Změna
compare-then = Ve verzi { $version }
compare-now = Nyní
compare-added = přidáno
compare-removed = odebráno
compare-field-title = název
compare-field-description = popis
compare-field-due = termín
compare-field-status = stav
compare-field-owners = odpovědní
compare-field-targets = cíle
compare-field-events = akce
staff-plan = Strategický plán
staff-materials = Materiály
mat-added = Materiál přidán.
mat-deleted = Materiál smazán.
mat-told = Potvrzení účastníci budou informováni, každý ve svém jazyce.
mat-list = Materiály
mat-tell-hint = Pošle každému potvrzenému účastníkovi e-mail v jeho jazyce s vlastním odkazem na materiály, které smí vidět.
mat-tell = Oznámit účastníkům, že materiály jsou online
mat-none = Zatím žádné materiály.
mat-add = Přidat soubor nebo odkaz
mat-kind = Druh
mat-language = Jazyk materiálu
mat-any-language = (libovolný nebo více)
mat-visibility = Kdo jej smí vidět
mat-vis-participants = Potvrzení účastníci
mat-vis-public = Kdokoli
mat-vis-staff = Jen pracovníci skupiny
mat-file = Soubor (nejvýše 25 MB)
mat-file-hint = Nebo jej nechte prázdný a níže uveďte odkaz (video, sdílená složka).
mat-url = Odkaz (http nebo https)
mat-add-button = Přidat
form-serves = Klíčová opatření plánu, kterým slouží tato akce
field-day = musí být den
field-target = musí být celé číslo od 1 do 1 000 000, nebo prázdné
field-percent = musí být procento od 0 do 100
field-events-group = musí být akce skupiny tohoto opatření
field-parent = musí být samostatné klíčové opatření tohoto plánu (dílčí opatření je nemají)
field-web-link = musí být adresa začínající http:// nebo https://
field-file-or-link = uveďte soubor nebo odkaz, ne obojí
audit-act-plan-change = plán změněn
audit-act-plan-adopt = plán přijat
audit-act-action-add = klíčové opatření přidáno
audit-act-action-change = klíčové opatření změněno
audit-act-action-delete = klíčové opatření smazáno
audit-act-action-move = klíčové opatření přesunuto
audit-act-action-link = akce propojena s opatřeními
audit-act-material-add = materiál přidán
audit-act-material-delete = materiál smazán
audit-act-material-announce = účastníci informováni o materiálech
mat-last-told = Naposledy informováni { $when }.
mat-tell-again = Znovu informovat účastníky
reports-title = Zprávy
reports-intro = Ukazatele, které program požaduje, z akcí uskutečněných v daném období: každý vede k účastem, které ho tvoří.
reports-presets = Období vykazování
reports-field-from = Od
reports-field-to = Do
reports-field-group = Skupiny
reports-field-label = Označení
reports-groups-hint = Pokud není zaškrtnutá žádná: všechny skupiny, které koordinujete.
reports-show = Zobrazit ukazatele
reports-invalid = Tyto ukazatele nelze zobrazit:
reports-period = { $from } až { $to }
reports-figures = Ukazatele
reports-events-held = uskutečněné akce
reports-events-split = fóra: { $forums } · studijní cesty: { $visits } · veřejné: { $public }
reports-registrations = přihlášky
reports-participations = účasti
reports-no-shows = nedostavili se
reports-people = osoby
reports-organisations = organizace
reports-new-returning = { $new } nových, { $returning } opakovaných
reports-countries = země
reports-indicators = Ukazatele programu
reports-indicator = Ukazatel
reports-indicator-what = Co počítá
reports-value = Hodnota
reports-rco81 = Účasti na společných přeshraničních aktivitách (přítomnost na uzavřených akcích)
reports-rco115 = Uskutečněné veřejné akce
reports-rco87 = Organizace spolupracující přes hranice (účastnily se akce s lidmi ze dvou či více zemí)
reports-rco83 = Společně vypracované strategie a akční plány (přijaté v období, odpovědní ze dvou či více zemí)
reports-by-country = Účasti podle země
reports-by-kind = Účasti podle typu organizace
reports-by-month = Účasti podle měsíce
reports-none = V tomto období žádné účasti.
reports-download = Ke stažení
reports-download-hint = Sešit a CSV uvádějí jména účastníků: každé stažení se zapíše do protokolu.
reports-xlsx = Sešit (XLSX)
reports-csv = Řádky (CSV)
reports-evidence = Balík dokladů (ZIP)
reports-freeze = Zmrazit tyto ukazatele
reports-freeze-hint = Snímek zachová ukazatele přesně tak, jak jsou nyní, ať se později cokoli změní nebo vymaže: zmrazte je, když období vykazujete.
reports-label = Označení
reports-label-example = Zpráva za období 3
reports-freeze-button = Zmrazit zprávu
reports-snapshots = Zmrazené zprávy
reports-frozen-on = zmrazeno { $when }
reports-no-snapshots = Zatím nebyla zmrazena žádná zpráva.
reports-periods = Období vykazování programu
reports-periods-hint = Období nastavená zde se nabízejí všem koordinátorům jako předvolby.
reports-period-delete = Odebrat
reports-period-example = Období 3
reports-period-add = Přidat období
reports-frozen = Tyto ukazatele byly zmrazeny { $when } a nemění se.
reports-rows-participations = Účasti
reports-rows-no_shows = Nedostavili se
reports-rows-registrations = Přihlášky
reports-rows-count = řádky: { $count }
reports-day = Den
reports-attendance = Účast
reports-erased = (vymazáno)
reports-mark-attended = přítomen
reports-mark-no_show = nedostavil se
reports-mark-unmarked = neoznačeno
dash-reports = Zprávy
field-not-before-from = nesmí být před prvním dnem
field-ten-years = smí být nejvýše deset let po prvním dni
field-period-label-taken = je označení jiného období
audit-act-organisation-merge = Organizace sloučeny
audit-act-report-snapshot = Zpráva zmrazena
audit-act-report-period-add = Období vykazování přidáno
audit-act-report-period-delete = Období vykazování odebráno
attimp-title = Účast importována
attimp-refused = Neimportované řádky
attimp-line = Řádek { $line }
attimp-back = Zpět na přihlášky
attimp-heading = Importovat účast
attimp-hint = Pro akci uskutečněnou před používáním clustercord nebo zaznamenanou na papíře: soubor CSV (UTF-8) se záhlavím: name, email, organisation, country, kind, attended (yes nebo no). Každý řádek se stane potvrzenou přihláškou nebo označí tu, kterou adresa už má. Nikdo nedostane e-mail.
attimp-file = Soubor účasti (CSV)
audit-act-attendance-import = Účast importována
field-yes-no = musí být yes nebo no (nebo prázdné, pokud není zaznamenáno)
reports-col-people = Osoby
reports-col-organisations = Organizace
reports-frozen-xlsx = Zmrazené ukazatele (XLSX)
reports-download-live = Obsahují ukazatele tak, jak jsou nyní; zmrazená zpráva si ponechává vlastní, které nabízí na své stránce.
dash-organisations = Organizace
orgs-title = Organizace
orgs-intro = Každá organizace, která se přihlásila, započítaná jednou, ať byla napsána jakkoli. Vyhledejte ji, podívejte se na její přihlášky nebo slučte dva zápisy téže organizace.
orgs-search = Název nebo jiný zápis
orgs-search-button = Hledat
orgs-aliases = Psáno také
orgs-participations = Účasti
orgs-none = Žádná organizace neodpovídá.
orgs-limited = Zobrazuje se jen prvních { $count }: zužte hledání.
orgs-registrations = Přihlášky
orgs-registrations-hint = Na akcích skupin, které koordinujete.
orgs-no-registrations = Na těchto akcích není žádná přihláška.
orgs-merge = Sloučit s jinou organizací
orgs-merge-hint = Jde-li o jiný zápis organizace z téže země, slučte je: její přihlášky a členové se odteď počítají té organizaci a tento zápis se jí přiřadí pokaždé, když ho někdo znovu zadá. Sloučení se zaznamená v protokolu auditu.
orgs-merge-into = Organizace, kterou ve skutečnosti je
orgs-merge-button = Sloučit
orgs-merge-nothing = V této zemi není jiná organizace, se kterou by šla sloučit.

## B2B meetings
b2b-staff-heading = Schůzky B2B
b2b-staff-session = Blok schůzek
b2b-staff-session-hint = Časy jsou v časovém pásmu akce. Okno se rozdělí na bloky zvolené délky; zbytek na konci zůstane volný.
b2b-field-starts_at = Začátek schůzek
b2b-field-ends_at = Konec schůzek
b2b-field-slot_minutes = Minuty na schůzku
b2b-field-tables = Stoly
b2b-field-requests_close_at = Uzávěrka žádostí
b2b-staff-save-session = Uložit
b2b-staff-figures = Stav
b2b-staff-profiles = Profily
b2b-staff-requests = Žádosti
b2b-staff-requests-counts = čeká: { $pending }, přijaté: { $accepted }, odmítnuté: { $declined }
b2b-staff-placed = Naplánované schůzky
b2b-staff-placed-of = { $placed } z nejvýše { $bound }, které pravidla dovolují
b2b-staff-replan = Naplánovat znovu (zamčené zůstanou)
b2b-staff-schedule = Naplánovat přijaté žádosti
b2b-staff-publish = Zveřejnit programy e-mailem
b2b-staff-publish-again = Poslat programy znovu
b2b-staff-published-at = Programy poprvé zveřejněny { $when }.
b2b-staff-print = Plán stolů a jmenovky
b2b-staff-unplaced = Přijaté, ale nenaplánované
b2b-staff-meetings = Schůzky podle bloků
b2b-staff-who = Kdo se setkává
b2b-staff-move = Přesunout ručně
b2b-staff-move-lock = Přesunout a zamknout
b2b-staff-slot = Blok
b2b-staff-locked = zamčeno
b2b-staff-slot-empty = V tomto bloku není žádná schůzka.
b2b-staff-done-session = Uloženo.
b2b-staff-done-scheduled = Přijaté žádosti jsou naplánované.
b2b-staff-done-published = Programy jsou na cestě, každý v jazyce účastníka.
b2b-staff-done-moved = Schůzka je přesunuta a zamčena.
b2b-move-refused = Tento přesun porušuje pravidlo
b2b-reason-not-yet = zatím nenaplánováno: spusťte plánování
b2b-reason-no-availability = { $name } se nemůže zúčastnit v žádném bloku
b2b-reason-no-common-slot = neexistuje blok, kdy mají oba čas
b2b-reason-person-busy = { $name } má v každém společném volném bloku jinou schůzku
b2b-reason-both-busy = oba mají v každém společném volném bloku jiné schůzky
b2b-reason-tables-full = v každém společném volném bloku jsou všechny stoly obsazené
b2b-reason-mixed = v každém společném volném bloku má jeden z nich jinou schůzku nebo jsou všechny stoly obsazené
b2b-reason-invalid = žádost neuvádí dvě různé osoby
b2b-tables-title = Plán stolů: { $title }
b2b-tables-cards = Jmenovky
field-b2b-self = nemůžete požádat o schůzku sami sebe
field-b2b-own-organisation = tato osoba je z vaší vlastní organizace; schůzky B2B jsou mezi organizacemi
field-b2b-twice = mezi vámi už je žádost: najdete ji na své stránce B2B
field-b2b-no-profile = tato osoba se (už) neúčastní schůzek B2B
field-b2b-offers-or-seeks = uveďte, co nabízíte nebo co hledáte
field-b2b-one-slot = označte aspoň jeden blok, kdy se můžete zúčastnit
field-b2b-no-whole-slot = nevznikne ani jeden celý blok: prodlužte okno nebo zkraťte bloky
field-b2b-close = musí být nejpozději na začátku schůzek
field-b2b-slot-minutes = musí být 10, 15, 20, 25, 30, 45 nebo 60
field-b2b-tables = musí být od 1 do 500
field-b2b-no-such-slot = takový blok neexistuje
field-b2b-no-such-table = takový stůl neexistuje
field-b2b-slot-full = v tomto bloku jsou všechny stoly obsazené
field-b2b-table-taken = tento stůl je v tomto bloku obsazený
field-b2b-busy = { $name } má v tomto bloku už schůzku
field-b2b-unavailable = { $name } se tohoto bloku nemůže zúčastnit
field-b2b-outcome = vyberte jednu z odpovědí
b2b-staff-broken = Schůzky, které už nevyhovují
b2b-staff-broken-hint = Od naplánování se změnily bloky profilu nebo nastavení. Další plánování je přesune, kam pravidla dovolí, nebo je vynechá; pak zveřejněte znovu, aby se kalendáře aktualizovaly.

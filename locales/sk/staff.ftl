# The staff area, in Slovak.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Uložiť
staff-actions = Akcie
staff-event = Podujatie
staff-when = Kedy
staff-status = Stav
staff-seats = Miesta
staff-name = Meno
staff-email = E-mail
staff-organisation = Organizácia
staff-country = Krajina
staff-language = Jazyk
staff-role = Rola
staff-groups = Skupiny
staff-public-page = Verejná stránka
staff-mailing-list = Zoznam adresátov
staff-registrations = Prihlášky
staff-invitations = Pozvánky
staff-schedule = Naplánovať podujatie
staff-no-go-back = Nie, späť
staff-no-keep = Nie, ponechať
staff-deleted-user = (odstránený používateľ)
staff-optional = (nepovinné)
status-draft = koncept
status-published = zverejnené
status-cancelled = zrušené
status-confirmed = potvrdené
status-waitlisted = v poradovníku
status-pending = čaká
status-sent = odoslané
status-failed = zlyhalo
status-invited = pozvaný
status-registered = prihlásený
status-declined = odmietol
attendance-attended = prítomný
attendance-no_show = neprišiel
role-admin = administrátor
role-coordinator = koordinátor

## Sign-in and password
login-title = Prihlásenie pre pracovníkov
login-intro = Pre koordinátorov skupín a administrátorov.
login-password = Heslo
login-submit = Prihlásiť sa
login-wrong = E-mail alebo heslo je nesprávne.
login-too-many = Príliš veľa neúspešných pokusov z vašej adresy. Skúste to znova o { $wait }.
login-password-set = Heslo je nastavené: prihláste sa svojou e-mailovou adresou a novým heslom.
password-title = Nastavte si heslo
password-intro = Zvoľte si heslo s aspoň 12 znakmi pre svoj účet pracovníka v clustercorde. Dobré heslo tvorí niekoľko slov, ktoré si zapamätáte.
password-new = Nové heslo
password-again = Zopakujte heslo
password-submit = Nastaviť heslo
password-link-gone = Tento odkaz už bol použitý alebo jeho platnosť vypršala. Požiadajte administrátora, ktorý vás pozval, o nový, alebo sa prihláste, ak ste si heslo už nastavili.
password-sign-in = Prihlásiť sa
password-differ = Heslá sa líšia; zadajte dvakrát to isté.
password-short = Heslo musí mať aspoň 12 znakov.

## The staff home (dashboard)
dash-title = Sekcia pre pracovníkov
dash-welcome = Vitajte, { $name }
dash-you-admin = Prihlásili ste sa ako administrátor: spravujete všetky tematické skupiny.
dash-you-coordinator = Prihlásili ste sa ako koordinátor skupín uvedených nižšie.
dash-coming = Nadchádzajúce podujatia
dash-seats-taken = Obsadené miesta
dash-waiting = V poradovníku
dash-of-capacity = { $count } z { $capacity }
dash-invited = odoslané: { $count }, prihlásení: { $registered }, odmietli: { $declined }
dash-invite = Pozvať ľudí
dash-no-coming = Nie je naplánované žiadne zverejnené podujatie.
dash-drafts = Koncepty čakajúce na zverejnenie ({ $count })
dash-failed = Neodoslané e-maily ({ $count })
dash-failed-see = Zobraziť a odoslať znova
dash-all-groups = Všetky skupiny
dash-your-groups = Vaše skupiny
dash-no-groups = Zatiaľ vám nebola pridelená žiadna skupina. Obráťte sa na administrátora.
dash-recent = Posledné činnosti pracovníkov
dash-recent-all = Celý záznam činností
dash-mail = Odchádzajúce e-maily a ich doručenie
dash-accounts = Účty pracovníkov
dash-audit = Záznam činností
dash-erase = Vymazať údaje osoby
deadline-closed = prihlasovanie je uzavreté
deadline-today = prihlasovanie sa končí dnes
deadline-tomorrow = prihlasovanie sa končí zajtra
deadline-days = { $count ->
    [one] prihlasovanie sa končí o { $count } deň
    [few] prihlasovanie sa končí o { $count } dni
   *[other] prihlasovanie sa končí o { $count } dní
}

## A group's events
group-events-title = { $group }: podujatia
group-events-caption = Podujatia skupiny { $group }
group-register-list = Prihlášky
group-invite = Pozvať
group-edit = Upraviť
group-publish = Zverejniť
group-cancel = Zrušiť…
group-no-events = Zatiaľ žiadne podujatia. Naplánujte prvé výmenné fórum alebo študijnú cestu skupiny.
group-public = Verejná stránka skupiny
group-feed-ics = Kalendárový kanál (.ics)
notice-created = Podujatie je uložené ako koncept. Zverejnite ho, keď bude pripravené.
notice-published = Zverejnené: podujatie je na verejných stránkach a v kalendárovom kanáli.
notice-updated = Zmeny sú uložené. Prihlásení dostanú správu o novom čase alebo mieste.
notice-cancelled = Podujatie je zrušené. Prihlásení dostávajú správu e-mailom.

## The event form
form-new = Naplánovať podujatie pre skupinu { $group }
form-edit = Upraviť „{ $title }“
form-correct = Opravte, prosím, označené polia ({ $count }).
form-what = Čo
form-kind = Typ
form-title = Názov
form-description = Popis
form-when = Kedy
form-local-time = Miestny čas v mieste konania.
form-starts = Začiatok
form-ends = Koniec
form-timezone = Časové pásmo miesta konania
form-where = Kde
form-venue = Miesto konania
form-address = Adresa
form-city = Mesto
form-country = Krajina (kód ISO, napr. IT)
form-host = Hostiteľská organizácia (pri študijných cestách)
form-seats = Miesta
form-capacity = Počet miest (prázdne: bez obmedzenia)
form-country-cap = Najviac miest pre jednu krajinu (prázdne: bez obmedzenia)
form-deadline = Termín prihlásenia (nepovinné)
form-agenda = Program alebo trasa
form-agenda-hint = Pri fóre bloky s rečníkmi, pri študijnej ceste zastávky s miestom. Prázdny riadok sa vynechá.
form-add-row = Pridať riadok
form-from = Od
form-to = Do
form-speaker = Rečník
form-place = Miesto
form-row-error = Tento riadok { $message }
form-overlap = Naplánovať aj tak, hoci sa prekrýva s iným podujatím
form-past = Toto podujatie je v minulosti. Ak ho chcete napriek tomu uložiť, začiarknite políčko nižšie.
form-past-confirm = Uložiť, hoci je v minulosti
form-back = Späť bez uloženia
form-overlap-problem = V tejto skupine by sa prekrývalo s podujatím „{ $title }“ ({ $when }). Ak ho chcete napriek tomu uložiť, začiarknite nižšie „Naplánovať aj tak“.

## Registrations of an event
regs-title = Prihlášky: { $title }
regs-csv = Stiahnuť CSV
regs-sheet = Prezenčná listina na tlač
regs-participation = Účasť
regs-confirmed = potvrdené
regs-waiting = v poradovníku
regs-cancelled = zrušené
regs-attended = prítomní
regs-seats-left = voľné miesta
regs-by-country = Podľa krajiny
regs-by-kind = Podľa typu organizácie
regs-kind = Typ organizácie
regs-head-confirmed = Potvrdené
regs-head-waiting = V poradovníku
regs-head-cancelled = Zrušené
regs-head-attended = Prítomní
regs-none-yet = Zatiaľ žiadne prihlášky.
regs-note = Poznámka
regs-attendance-of = Účasť: { $name }
regs-not-marked = neoznačené
regs-cancel = Zrušiť prihlášku
regs-nobody = Zatiaľ sa nikto neprihlásil.

## Cancelling a registration
rcancel-title = Zrušiť prihlášku: { $name }?
rcancel-crumb = Zrušenie prihlášky
rcancel-who = { $name } ({ $email }, { $country }) – podujatie „{ $title }“, { $when }; stav prihlášky: { $status }.
rcancel-told = Osoba dostane vo svojom jazyku e-mail, že organizátori zrušili jej prihlášku, spolu s aktualizáciou kalendára, ktorá podujatie odstráni.
rcancel-seat = Uvoľnené miesto dostane ďalší vhodný čakajúci z poradovníka.
rcancel-already = Táto prihláška je už zrušená.
rcancel-message = Správa pre { $name } (nepovinné)
rcancel-hint = Uveďte dôvod zrozumiteľne; odošle sa presne tak, ako ho napíšete.
rcancel-submit = Áno, zrušiť prihlášku

## Cancelling an event
ecancel-title = Zrušiť „{ $title }“?
ecancel-registrants = { $count ->
    [one] { $count } prihlásená osoba dostane e-mail, že podujatie je zrušené, s aktualizáciou kalendára, ktorá ho odstráni.
    [few] { $count } prihlásené osoby dostanú e-mail, že podujatie je zrušené, s aktualizáciou kalendára, ktorá ho odstráni.
   *[other] { $count } prihlásených osôb dostane e-mail, že podujatie je zrušené, s aktualizáciou kalendára, ktorá ho odstráni.
}
ecancel-nobody = Zatiaľ nie je nikto prihlásený.
ecancel-invitees = Správu dostanú aj pozvaní, ktorí ešte neodpovedali.
ecancel-final = Túto akciu nie je možné vrátiť späť.
ecancel-message = Správa pre nich (nepovinné)
ecancel-hint = Prečo a čo bude ďalej (napríklad nový termín); odošle sa presne tak, ako ju napíšete.
ecancel-submit = Áno, zrušiť podujatie

## The mailing list
members-title = { $group }: zoznam adresátov
members-import-done = Import dokončený:
members-import-counts = pridané: { $added }, aktualizované: { $updated }, odmietnuté: { $refused }.
members-line = Riadok { $line }: { $reason }
members-add = Pridať člena
members-country = Krajina (kód ISO)
members-language = Jazyk e-mailov
members-add-submit = Pridať
members-import = Importovať tabuľku
members-import-hint = Súbor CSV (UTF-8) s riadkom hlavičky: name, email, organisation, country, language. Adresy, ktoré už v zozname sú, sa aktualizujú, nezdvoja sa. Zo súboru, ktorý sa nedá prečítať, sa neimportuje nič.
members-file = Súbor CSV
members-import-submit = Importovať
members-download = Stiahnuť zoznam ako CSV
members-total = { $count ->
    [one] { $count } člen
    [few] { $count } členovia
   *[other] { $count } členov
}
members-page-of = Strana { $page } z { $pages }
members-by-name = Strana { $page } z { $pages }, podľa mena.
members-unsubscribed = odhlásený
members-remove = Odstrániť
members-pages = Strany zoznamu
members-previous = ‹ Predchádzajúca
members-next = Nasledujúca ›
members-empty = Zatiaľ žiadni členovia: pridajte ich vyššie alebo importujte tabuľku.
members-removed = Odstránené zo zoznamu adresátov.
members-choose-file = Vyberte súbor na import: CSV, ktorého prvý riadok obsahuje názvy stĺpcov.
members-nothing-imported = Nič sa neimportovalo: súbor { $reason }.
mremove-title = Odstrániť zo zoznamu adresátov: { $name }?
mremove-crumb = Odstránenie
mremove-text = { $name } ({ $email }, { $country }) už nebude dostávať pozvánky od skupiny { $group }. Existujúce prihlášky zostávajú bez zmeny; osoba o tom nedostane správu.
mremove-submit = Áno, odstrániť: { $name }
mremove-keep = Nie, ponechať

## Invitations
inv-title = Pozvánky: { $title }
inv-heading = Pozvať ľudí na „{ $title }“
inv-who = Komu
inv-to-group = Všetkým členom skupiny { $group } (každému v jeho jazyku)
inv-to-list = Na tieto adresy (v angličtine):
inv-addresses = Adresy, jedna na riadok
inv-placeholder = jedna adresa na riadok
inv-resend = Poslať znova aj skôr pozvaným
inv-submit = Odoslať pozvánky
inv-invited = Pozvaní ({ $count })
inv-answer = Odpoveď
inv-when-invited = Pozvaný dňa
inv-nobody = Zatiaľ nikto nebol pozvaný.
inv-queued = { $count ->
    [one] { $count } pozvánka je zaradená na odoslanie; odíde do minúty.
    [few] { $count } pozvánky sú zaradené na odoslanie; odídu do minúty.
   *[other] { $count } pozvánok je zaradených na odoslanie; odídu do minúty.
}
inv-skipped = { $count ->
    [one] { $count } osoba bola vynechaná: už bola pozvaná alebo sa odhlásila.
    [few] { $count } osoby boli vynechané: už boli pozvané alebo sa odhlásili.
   *[other] { $count } osôb bolo vynechaných: už boli pozvané alebo sa odhlásili.
}
inv-none-given = Vyberte členov skupiny alebo zadajte aspoň jednu adresu.
inv-bad-addresses = Toto nie sú e-mailové adresy: { $list }. Nič sa neodoslalo.
iconfirm-title = Pozvať skupinu { $group }?
iconfirm-crumb = Potvrdenie
iconfirm-heading = Pozvať členov skupiny { $group }?
iconfirm-count = { $count ->
    [one] { $count } osoba dostane pozvánku e-mailom vo svojom jazyku.
    [few] { $count } osoby dostanú pozvánku e-mailom, každá vo svojom jazyku.
   *[other] { $count } osôb dostane pozvánku e-mailom, každá vo svojom jazyku.
}
iconfirm-left-out = Skôr pozvaní členovia sa vynechajú.
iconfirm-unsubscribed = Odhlásení členovia nedostanú nič.
iconfirm-submit = { $count ->
    [one] Áno, odoslať { $count } pozvánku
    [few] Áno, odoslať { $count } pozvánky
   *[other] Áno, odoslať { $count } pozvánok
}
iconfirm-nobody = Nikto by nedostal e-mail: všetci členovia už boli pozvaní alebo sa odhlásili. Ak ich chcete pozvať ešte raz, začiarknite „Poslať znova aj skôr pozvaným“.

## Outgoing mail
mail-title = Odchádzajúce e-maily
mail-all = všetky
mail-to = Komu
mail-subject = Predmet
mail-attempts = Pokusy
mail-last-error = Posledná chyba
mail-retry = Skúsiť znova
mail-none = Žiadne správy.
mail-none-status = Týmto filtrom nezodpovedá žiadna správa.

## Audit log
audit-title = Záznam činností
audit-intro = Čo urobili pracovníci, od najnovšieho (posledných 500 akcií), časy v { $zone }.
audit-when = Kedy
audit-who = Kto
audit-action = Činnosť
audit-on = Objekt
audit-detail = Podrobnosti
audit-none = Zatiaľ nie je nič zaznamenané.

## Staff accounts
acc-title = Účty pracovníkov
acc-who-has = Kto má účet ({ $count })
acc-who = Kto
acc-state = Stav
acc-all = všetky
acc-disabled = deaktivovaný
acc-invited = pozvaný, zatiaľ bez hesla
acc-active = aktívny
acc-change = Zmeniť
acc-invite = Pozvať pracovníka
acc-invite-hint = Dostane e-mail s odkazom na nastavenie vlastného hesla (funguje raz, 7 dní).
acc-name-hint = (zobrazuje sa ostatným pracovníkom)
acc-role-coordinator = Koordinátor skupín označených nižšie
acc-role-admin = Administrátor: všetky skupiny a účty pracovníkov
acc-groups-coordinator = (pre koordinátora)
acc-invite-language = Jazyk pozvánky
acc-invite-submit = Odoslať pozvánku
acc-active-box = Môže sa prihlásiť (zrušením začiarknutia účet deaktivujete: jeho relácie a tokeny API okamžite skončia)
acc-back = Späť na účty
acc-notice-invited = Pozvánka je na ceste: odkaz na nastavenie hesla platí 7 dní.
acc-notice-saved = Účet je uložený.

## Erasing a person's data
erase-title = Vymazanie údajov osoby
erase-done = Vymazané.
erase-done-counts = Vymazali sa prihlášky ({ $registrations }), pozvánky ({ $invitations }), záznamy v zoznamoch adresátov ({ $members }) a správy ({ $messages }).
erase-nothing = Pre { $email } nemáme uložené nič: žiadnu prihlášku, pozvánku, záznam v zozname adresátov ani správu.
erase-found = Pre { $email } máme uložené prihlášky ({ $registrations }), pozvánky ({ $invitations }), záznamy v zoznamoch adresátov ({ $members }) a správy ({ $messages }). Vymazanie ich všetky odstráni a nedá sa vrátiť späť.
erase-submit = Áno, vymazať všetko uložené pre { $email }
erase-intro = Keď niekto požiada o vymazanie, táto funkcia odstráni všetko, čo je uložené k jeho adrese: jeho prihlášky na všetky podujatia (miesto, ktoré mal pred podujatím, dostane ďalší čakajúci), pozvánky, záznamy v zoznamoch adresátov všetkých skupín a všetky e-maily, ktoré mu boli odoslané alebo čakajú na odoslanie. Skôr než sa čokoľvek vymaže, uvidíte, čo by sa vymazalo. Záznam činností zachytí, že k vymazaniu došlo, nie však koho sa týkalo.
erase-address = E-mailová adresa osoby
erase-show = Zobraziť, čo je uložené k tejto adrese
erase-bad-address = Zadajte adresu tak, ako nám bola poskytnutá, napr. meno@example.org.

## The attendance sheet
sheet-title = Prezenčná listina: { $title }
sheet-date = Dátum:
sheet-venue = Miesto konania:
sheet-back = Späť
sheet-print = Túto stránku vytlačíte z prehliadača (Ctrl+P).
sheet-signature = Podpis
sheet-total = { $count ->
    [one] { $count } potvrdený účastník.
    [few] { $count } potvrdení účastníci.
   *[other] { $count } potvrdených účastníkov.
}
sheet-organiser = Podpis organizátora:

## Field errors of the staff forms
field-after-start = musí byť po začiatku
field-before-start = musí byť pred začiatkom podujatia
field-within-event = musí byť medzi začiatkom a koncom podujatia
field-after-previous = musí nasledovať po predchádzajúcej položke
field-timezone = musí byť časové pásmo IANA, napr. Europe/Rome
field-timezone-perhaps = musí byť názov časového pásma IANA: možno { $list }
field-capacity = musí byť celé číslo od 1 do 100000 alebo prázdne, ak nie je obmedzenie
field-country-cap = musí byť celé číslo aspoň 1 alebo prázdne, ak nie je obmedzenie
field-cap-above-capacity = nesmie byť vyššie ako počet miest
field-below-confirmed = nesmie byť nižšie ako počet potvrdených prihlášok ({ $count })
field-below-country = nesmie byť nižšie ako počet potvrdených prihlášok z jednej krajiny ({ $count })
field-time = musí byť dátum a čas
field-password-short = musí mať aspoň 12 znakov
wait-seconds = { $count ->
    [one] { $count } sekundu
    [few] { $count } sekundy
   *[other] { $count } sekúnd
}
wait-minutes = { $count ->
    [one] { $count } minútu
    [few] { $count } minúty
   *[other] { $count } minút
}
inv-started = Podujatie sa už začalo: pozvánky sa posielajú len na budúce podujatia.
field-number = musí byť celé číslo
audit-group = Skupina
audit-any = všetky skupiny
audit-anyone = ktokoľvek
audit-filter = Zobraziť
mail-intro = Najnovších 500 správ, časy v { $zone }.
mail-any-event = všetky podujatia
mail-day = Napísané dňa
mail-written = Napísané
mail-show-text = Čítať
mail-text = Správa tak, ako bola odoslaná (text)
mail-back = Späť na odchádzajúcu poštu
acc-language = Jazyk stránok a e-mailov
acc-language-browser = podľa prehliadača
acc-again-heading = Poslať odkaz znova
acc-again-hint = Na pozvánku zatiaľ nikto nereagoval: pošlite nový odkaz na nastavenie hesla (platí raz, 7 dní); skôr poslané odkazy prestanú platiť.
acc-again-submit = Poslať nový odkaz
acc-reset-hint = Dostane odkaz na nastavenie nového hesla (platí raz, 7 dní); dovtedy platí súčasné heslo.
inv-publish-first = Pred pozývaním ľudí podujatie zverejnite.
acc-last-admin = Toto je posledný aktívny správca: najprv určite ďalšieho.
acc-exists = Účet pracovníka pre { $email } už existuje.
field-language = musí byť jeden z kódov: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } sa v súbore vyskytuje už skôr
epublish-title = Zverejniť „{ $title }“?
epublish-overlap = Prekrýva sa s „{ $title }“ ({ $when }) v tejto skupine. Napriek tomu zverejniť?
epublish-anyway = Napriek tomu zverejniť
event-edit = Upraviť podujatie
members-no-column = nemá v hlavičke stĺpec { $columns }
members-not-csv = nie je platné CSV ({ $detail })
audit-act-event-schedule = naplánované podujatie
audit-act-event-change = zmenené podujatie
audit-act-event-publish = zverejnené podujatie
audit-act-event-cancel = zrušené podujatie
audit-act-event-invite = odoslané pozvánky
audit-act-registration-cancel = zrušená registrácia
audit-act-registration-attendance = zaznamenaná účasť
audit-act-members-add = pridaný člen
audit-act-members-remove = odobratý člen
audit-act-members-import = importovaní členovia
audit-act-group-create = vytvorená skupina
audit-act-staff-invite = pozvaný pracovník
audit-act-staff-reinvite = odoslaný nový prihlasovací odkaz
audit-act-staff-change = zmenený účet pracovníka
audit-act-person-erase = vymazaná osoba
audit-act-mail-retry = znova odoslaný e-mail
audit-act-export = exportovaný zoznam
members-added = Uložené v adresári.
regs-done-attendance = Účasť uložená.
regs-done-cancelled = Registrácia zrušená. Osoba bude informovaná e-mailom.
form-audience = Pre koho
form-audience-hint = Interné stretnutia projektu sa nikdy nezapočítavajú do ukazovateľov programu.
audience-closed = Pozvaní alebo registrovaní účastníci
audience-public = Otvorené pre všetkých
audience-internal = Interné stretnutie projektu
planed-title = Strategický plán skupiny { $group }
planed-saved = Uložené.
planed-adopted = Prijaté: táto verzia je zmrazená v súčasnej podobe.
planed-deleted = Kľúčové opatrenie zmazané.
planed-moved = Presunuté.
planed-adopted-badge = prijatý
planed-text = Názov a zhrnutie
planed-summary = Zhrnutie
planed-summary-hint = Obyčajný text; medzi odsekmi nechajte prázdny riadok.
planed-create = Vytvoriť plán
planed-up = Hore
planed-down = Dole
planed-delete = Zmazať
planed-add = Pridať kľúčové opatrenie
planed-parent = Súčasť opatrenia
planed-top-level = (samostatné kľúčové opatrenie)
planed-add-button = Pridať a otvoriť
planed-versions = Prijatie a verzie
planed-adopt-hint = Prijatie zmrazí plán v súčasnej podobe ako verziu { $version }; tá zostane čitateľná, aká bola, nech sa neskôr zmení čokoľvek.
planed-adopt = Prijať ako verziu { $version }
planed-version = Verzia { $version }, { $when }
planed-compare = porovnať so súčasnosťou
planed-owners-hint = Jedna na riadok: organizácia, kód krajiny (Milano Metropoli, IT).
planed-targets = Ciele
planed-targets-hint = Cieľ nechajte prázdny, kde sa nehodí. Pokrok je priemer nastavených cieľov.
planed-events = Podujatia skupiny, ktorým toto opatrenie slúži
planed-progress = Pokrok
planed-progress-now = Teraz { $percent } %
planed-manual = Nastaviť pokrok ručne
planed-percent = Pokrok v percentách (0 až 100)
planed-reason = Prečo (povinné pri ručnom nastavení)
compare-title = Verzia { $version } vedľa súčasného plánu
compare-changed = zmenené
compare-same = bez zmeny
compare-change = Zmena
compare-then = Vo verzii { $version }
compare-now = Teraz
compare-added = pridané
compare-removed = odobraté
compare-field-title = názov
compare-field-description = popis
compare-field-due = termín
compare-field-status = stav
compare-field-owners = zodpovední
compare-field-targets = ciele
compare-field-events = podujatia
staff-plan = Strategický plán
staff-materials = Materiály
mat-added = Materiál pridaný.
mat-deleted = Materiál zmazaný.
mat-told = Potvrdení účastníci budú informovaní, každý vo svojom jazyku.
mat-list = Materiály
mat-tell-hint = Pošle každému potvrdenému účastníkovi e-mail v jeho jazyku s vlastným odkazom na materiály, ktoré smie vidieť.
mat-tell = Oznámiť účastníkom, že materiály sú online
mat-none = Zatiaľ žiadne materiály.
mat-add = Pridať súbor alebo odkaz
mat-kind = Druh
mat-language = Jazyk materiálu
mat-any-language = (ľubovoľný alebo viac)
mat-visibility = Kto ho smie vidieť
mat-vis-participants = Potvrdení účastníci
mat-vis-public = Ktokoľvek
mat-vis-staff = Len pracovníci skupiny
mat-file = Súbor (najviac 25 MB)
mat-file-hint = Alebo ho nechajte prázdny a nižšie uveďte odkaz (video, zdieľaný priečinok).
mat-url = Odkaz (http alebo https)
mat-add-button = Pridať
form-serves = Kľúčové opatrenia plánu, ktorým slúži toto podujatie
field-day = musí byť deň
field-target = musí byť celé číslo od 1 do 1 000 000, alebo prázdne
field-percent = musí byť percento od 0 do 100
field-events-group = musia byť podujatia skupiny tohto opatrenia
field-parent = musí byť samostatné kľúčové opatrenie tohto plánu (čiastkové opatrenia ich nemajú)
field-web-link = musí byť adresa začínajúca http:// alebo https://
field-file-or-link = uveďte súbor alebo odkaz, nie oboje
audit-act-plan-change = plán zmenený
audit-act-plan-adopt = plán prijatý
audit-act-action-add = kľúčové opatrenie pridané
audit-act-action-change = kľúčové opatrenie zmenené
audit-act-action-delete = kľúčové opatrenie zmazané
audit-act-action-move = kľúčové opatrenie presunuté
audit-act-action-link = podujatie prepojené s opatreniami
audit-act-material-add = materiál pridaný
audit-act-material-delete = materiál zmazaný
audit-act-material-announce = účastníci informovaní o materiáloch
mat-last-told = Naposledy informovaní { $when }.
mat-tell-again = Znova informovať účastníkov
reports-title = Správy
reports-intro = Ukazovatele, ktoré program žiada, z podujatí uskutočnených v danom období: každý vedie k účastiam, ktoré ho tvoria.
reports-presets = Obdobia vykazovania
reports-field-from = Od
reports-field-to = Do
reports-field-group = Skupiny
reports-field-label = Označenie
reports-groups-hint = Ak nie je zaškrtnutá žiadna: všetky skupiny, ktoré koordinujete.
reports-show = Zobraziť ukazovatele
reports-invalid = Tieto ukazovatele nemožno zobraziť:
reports-period = { $from } až { $to }
reports-figures = Ukazovatele
reports-events-held = uskutočnené podujatia
reports-events-split = fóra: { $forums } · študijné cesty: { $visits } · verejné: { $public }
reports-registrations = prihlášky
reports-participations = účasti
reports-no-shows = neprišli
reports-people = osoby
reports-organisations = organizácie
reports-new-returning = { $new } nových, { $returning } opakovaných
reports-countries = krajiny
reports-indicators = Ukazovatele programu
reports-indicator = Ukazovateľ
reports-indicator-what = Čo počíta
reports-value = Hodnota
reports-rco81 = Účasti na spoločných cezhraničných aktivitách (prítomnosť na uzavretých podujatiach)
reports-rco115 = Uskutočnené verejné podujatia
reports-rco87 = Organizácie spolupracujúce cez hranice (zúčastnili sa podujatia s ľuďmi z dvoch alebo viacerých krajín)
reports-rco83 = Spoločne vypracované stratégie a akčné plány (prijaté v období, zodpovední z dvoch alebo viacerých krajín)
reports-by-country = Účasti podľa krajiny
reports-by-kind = Účasti podľa typu organizácie
reports-by-month = Účasti podľa mesiaca
reports-none = V tomto období žiadne účasti.
reports-download = Na stiahnutie
reports-download-hint = Zošit a CSV uvádzajú mená účastníkov: každé stiahnutie sa zapíše do denníka.
reports-xlsx = Zošit (XLSX)
reports-csv = Riadky (CSV)
reports-evidence = Balík dokladov (ZIP)
reports-freeze = Zmraziť tieto ukazovatele
reports-freeze-hint = Snímka zachová ukazovatele presne tak, ako sú teraz, nech sa neskôr čokoľvek zmení alebo vymaže: zmrazte ich, keď obdobie vykazujete.
reports-label = Označenie
reports-label-example = Správa za obdobie 3
reports-freeze-button = Zmraziť správu
reports-snapshots = Zmrazené správy
reports-frozen-on = zmrazené { $when }
reports-no-snapshots = Zatiaľ nebola zmrazená žiadna správa.
reports-periods = Obdobia vykazovania programu
reports-periods-hint = Obdobia nastavené tu sa ponúkajú všetkým koordinátorom ako predvoľby.
reports-period-delete = Odstrániť
reports-period-example = Obdobie 3
reports-period-add = Pridať obdobie
reports-frozen = Tieto ukazovatele boli zmrazené { $when } a nemenia sa.
reports-rows-participations = Účasti
reports-rows-no_shows = Neprišli
reports-rows-registrations = Prihlášky
reports-rows-count = riadky: { $count }
reports-day = Deň
reports-attendance = Účasť
reports-erased = (vymazané)
reports-mark-attended = prítomný
reports-mark-no_show = neprišiel
reports-mark-unmarked = neoznačené
dash-reports = Správy
field-not-before-from = nesmie byť pred prvým dňom
field-ten-years = môže byť najviac desať rokov po prvom dni
field-period-label-taken = je označenie iného obdobia
audit-act-organisation-merge = Organizácie zlúčené
audit-act-report-snapshot = Správa zmrazená
audit-act-report-period-add = Obdobie vykazovania pridané
audit-act-report-period-delete = Obdobie vykazovania odstránené
attimp-title = Účasť importovaná
attimp-refused = Neimportované riadky
attimp-line = Riadok { $line }
attimp-back = Späť na prihlášky
attimp-heading = Importovať účasť
attimp-hint = Pre podujatie uskutočnené pred používaním clustercord alebo zaznamenané na papieri: súbor CSV (UTF-8) s hlavičkou: name, email, organisation, country, kind, attended (yes alebo no). Každý riadok sa stane potvrdenou prihláškou alebo označí tú, ktorú adresa už má. Nikto nedostane e-mail.
attimp-file = Súbor účasti (CSV)
audit-act-attendance-import = Účasť importovaná
field-yes-no = musí byť yes alebo no (alebo prázdne, ak nie je zaznamenané)
reports-col-people = Osoby
reports-col-organisations = Organizácie
reports-frozen-xlsx = Zmrazené ukazovatele (XLSX)
reports-download-live = Obsahujú ukazovatele tak, ako sú teraz; zmrazená správa si ponecháva vlastné, ktoré ponúka na svojej stránke.
dash-organisations = Organizácie
orgs-title = Organizácie
orgs-intro = Každá organizácia, ktorá sa prihlásila, započítaná raz, nech bola napísaná akokoľvek. Vyhľadajte ju, pozrite si jej prihlášky alebo zlúčte dva zápisy tej istej organizácie.
orgs-search = Názov alebo iný zápis
orgs-search-button = Hľadať
orgs-aliases = Písané aj
orgs-participations = Účasti
orgs-none = Žiadna organizácia nezodpovedá.
orgs-limited = Zobrazuje sa len prvých { $count }: zúžte vyhľadávanie.
orgs-registrations = Prihlášky
orgs-registrations-hint = Na podujatiach skupín, ktoré koordinujete.
orgs-no-registrations = Na týchto podujatiach nie je žiadna prihláška.
orgs-merge = Zlúčiť s inou organizáciou
orgs-merge-hint = Ak ide o iný zápis organizácie z tej istej krajiny, zlúčte ich: jej prihlášky a členovia sa odteraz počítajú tej organizácii a tento zápis sa jej priradí vždy, keď ho niekto znova zadá. Zlúčenie sa zaznamená v protokole auditu.
orgs-merge-into = Organizácia, ktorou v skutočnosti je
orgs-merge-button = Zlúčiť
orgs-merge-nothing = V tejto krajine nie je iná organizácia, s ktorou by sa dala zlúčiť.

## B2B meetings
b2b-staff-heading = Stretnutia B2B
b2b-staff-session = Blok stretnutí
b2b-staff-session-hint = Časy sú v časovom pásme podujatia. Okno sa rozdelí na bloky zvolenej dĺžky; zvyšok na konci zostane voľný.
b2b-field-starts_at = Začiatok stretnutí
b2b-field-ends_at = Koniec stretnutí
b2b-field-slot_minutes = Minúty na stretnutie
b2b-field-tables = Stoly
b2b-field-requests_close_at = Uzávierka žiadostí
b2b-staff-save-session = Uložiť
b2b-staff-figures = Stav
b2b-staff-profiles = Profily
b2b-staff-requests = Žiadosti
b2b-staff-requests-counts = čaká: { $pending }, prijaté: { $accepted }, odmietnuté: { $declined }
b2b-staff-placed = Naplánované stretnutia
b2b-staff-placed-of = { $placed } z najviac { $bound }, ktoré pravidlá dovoľujú
b2b-staff-replan = Naplánovať znova (zamknuté zostanú)
b2b-staff-schedule = Naplánovať prijaté žiadosti
b2b-staff-publish = Zverejniť programy e-mailom
b2b-staff-publish-again = Poslať programy znova
b2b-staff-published-at = Programy prvýkrát zverejnené { $when }.
b2b-staff-print = Plán stolov a menovky
b2b-staff-unplaced = Prijaté, ale nenaplánované
b2b-staff-meetings = Stretnutia podľa blokov
b2b-staff-who = Kto sa stretáva
b2b-staff-move = Presunúť ručne
b2b-staff-move-lock = Presunúť a zamknúť
b2b-staff-slot = Blok
b2b-staff-locked = zamknuté
b2b-staff-slot-empty = V tomto bloku nie je žiadne stretnutie.
b2b-staff-done-session = Uložené.
b2b-staff-done-scheduled = Prijaté žiadosti sú naplánované.
b2b-staff-done-published = Programy sú na ceste, každý v jazyku účastníka.
b2b-staff-done-moved = Stretnutie je presunuté a zamknuté.
b2b-move-refused = Tento presun porušuje pravidlo
b2b-reason-not-yet = ešte nenaplánované: spustite plánovanie
b2b-reason-no-availability = { $name } sa nemôže zúčastniť v žiadnom bloku
b2b-reason-no-common-slot = neexistuje blok, keď majú obaja čas
b2b-reason-person-busy = { $name } má v každom spoločnom voľnom bloku iné stretnutie
b2b-reason-both-busy = obaja majú v každom spoločnom voľnom bloku iné stretnutia
b2b-reason-tables-full = v každom spoločnom voľnom bloku sú všetky stoly obsadené
b2b-reason-mixed = v každom spoločnom voľnom bloku má jeden z nich iné stretnutie alebo sú všetky stoly obsadené
b2b-reason-invalid = žiadosť neuvádza dve rôzne osoby
b2b-tables-title = Plán stolov: { $title }
b2b-tables-cards = Menovky
field-b2b-self = nemôžete požiadať o stretnutie sami seba
field-b2b-own-organisation = táto osoba je z vašej vlastnej organizácie; stretnutia B2B sú medzi organizáciami
field-b2b-twice = medzi vami už je žiadosť: nájdete ju na svojej stránke B2B
field-b2b-no-profile = táto osoba sa (už) nezúčastňuje stretnutí B2B
field-b2b-offers-or-seeks = uveďte, čo ponúkate alebo čo hľadáte
field-b2b-one-slot = označte aspoň jeden blok, keď sa môžete zúčastniť
field-b2b-no-whole-slot = nevznikne ani jeden celý blok: predĺžte okno alebo skráťte bloky
field-b2b-close = musí byť najneskôr na začiatku stretnutí
field-b2b-slot-minutes = musí byť 10, 15, 20, 25, 30, 45 alebo 60
field-b2b-tables = musí byť od 1 do 500
field-b2b-no-such-slot = taký blok neexistuje
field-b2b-no-such-table = taký stôl neexistuje
field-b2b-slot-full = v tomto bloku sú všetky stoly obsadené
field-b2b-table-taken = tento stôl je v tomto bloku obsadený
field-b2b-busy = { $name } má v tomto bloku už stretnutie
field-b2b-unavailable = { $name } sa tohto bloku nemôže zúčastniť
field-b2b-outcome = vyberte jednu z odpovedí
b2b-staff-broken = Stretnutia, ktoré už nevyhovujú
b2b-staff-broken-hint = Od naplánovania sa zmenili bloky profilu alebo nastavenie. Ďalšie plánovanie ich presunie, kam pravidlá dovolia, alebo ich vynechá; potom zverejnite znova, aby sa kalendáre aktualizovali.

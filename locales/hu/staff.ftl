# The staff area, in Hungarian.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Mentés
staff-actions = Műveletek
staff-event = Esemény
staff-when = Időpont
staff-status = Állapot
staff-seats = Helyek
staff-name = Név
staff-email = E-mail-cím
staff-organisation = Szervezet
staff-country = Ország
staff-language = Nyelv
staff-role = Szerepkör
staff-groups = Csoportok
staff-public-page = Nyilvános oldal
staff-mailing-list = Levelezőlista
staff-registrations = Jelentkezések
staff-invitations = Meghívók
staff-schedule = Esemény ütemezése
staff-no-go-back = Nem, vissza
staff-no-keep = Nem, maradjon
staff-deleted-user = (törölt felhasználó)
staff-optional = (nem kötelező)
status-draft = piszkozat
status-published = közzétéve
status-cancelled = lemondva
status-confirmed = visszaigazolva
status-waitlisted = várólistán
status-pending = várakozik
status-sent = elküldve
status-failed = sikertelen
status-invited = meghívva
status-registered = jelentkezett
status-declined = visszautasította
attendance-attended = részt vett
attendance-no_show = nem jelent meg
role-admin = adminisztrátor
role-coordinator = koordinátor

## Sign-in and password
login-title = Munkatársi belépés
login-intro = Csoportkoordinátoroknak és adminisztrátoroknak.
login-password = Jelszó
login-submit = Belépés
login-wrong = Hibás e-mail-cím vagy jelszó.
login-too-many = Túl sok sikertelen próbálkozás az Ön címéről. Próbálja újra { $wait } múlva.
login-password-set = Jelszava beállítva: lépjen be e-mail-címével és az új jelszóval.
password-title = Jelszó beállítása
password-intro = Válasszon legalább 12 karakteres jelszót clustercord munkatársi fiókjához. Néhány könnyen megjegyezhető szó jó jelszót ad.
password-new = Új jelszó
password-again = Új jelszó még egyszer
password-submit = Jelszó beállítása
password-link-gone = Ezt a linket már felhasználták, vagy lejárt. Kérjen újat attól az adminisztrátortól, aki meghívta, vagy lépjen be, ha már beállította jelszavát.
password-sign-in = Belépés
password-differ = A két jelszó eltér; kétszer ugyanazt írja be.
password-short = A jelszónak legalább 12 karakterből kell állnia.

## The staff home (dashboard)
dash-title = Munkatársi felület
dash-welcome = Üdvözöljük, { $name }!
dash-you-admin = Adminisztrátorként van bejelentkezve: Ön kezeli az összes tematikus csoportot.
dash-you-coordinator = Az alábbi csoportok koordinátoraként van bejelentkezve.
dash-coming = Közelgő események
dash-seats-taken = Foglalt helyek
dash-waiting = Várólistán
dash-of-capacity = { $count } / { $capacity }
dash-invited = { $count } elküldve: { $registered } jelentkezett, { $declined } visszautasította
dash-invite = Meghívók küldése
dash-no-coming = Nincs közelgő közzétett esemény.
dash-drafts = Közzétételre váró piszkozatok ({ $count })
dash-failed = Sikertelen levelek ({ $count })
dash-failed-see = Megtekintés és újraküldés
dash-all-groups = Minden csoport
dash-your-groups = Az Ön csoportjai
dash-no-groups = Még nincs Önhöz rendelt csoport. Forduljon egy adminisztrátorhoz.
dash-recent = A munkatársak legutóbbi műveletei
dash-recent-all = A teljes műveleti napló
dash-mail = Kimenő levelek és kézbesítésük
dash-accounts = Munkatársi fiókok
dash-audit = Műveleti napló
dash-erase = Személyes adatok törlése
deadline-closed = a jelentkezés lezárult
deadline-today = a jelentkezés ma zárul
deadline-tomorrow = a jelentkezés holnap zárul
deadline-days = a jelentkezés { $count } nap múlva zárul

## A group's events
group-events-title = { $group }: események
group-events-caption = A(z) { $group } csoport eseményei
group-register-list = Jelentkezések
group-invite = Meghívás
group-edit = Szerkesztés
group-publish = Közzététel
group-cancel = Lemondás…
group-no-events = Még nincs esemény. Ütemezze a csoport első tapasztalatcsere-fórumát vagy tanulmányútját.
group-public = A csoport nyilvános oldala
group-feed-ics = Naptár-hírcsatorna (.ics)
notice-created = Az eseményt piszkozatként mentettük. Tegye közzé, amikor elkészült.
notice-published = Közzétéve: az esemény megjelent a nyilvános oldalakon és a naptár-hírcsatornában.
notice-updated = A módosításokat mentettük. Az új időpontról vagy helyszínről a jelentkezők értesítést kapnak.
notice-cancelled = Az eseményt lemondtuk. A jelentkezők e-mailben értesítést kapnak.

## The event form
form-new = Esemény ütemezése – { $group }
form-edit = „{ $title }” szerkesztése
form-correct = Kérjük, javítsa a megjelölt mezőket ({ $count }).
form-what = Mi
form-kind = Típus
form-title = Cím
form-description = Leírás
form-when = Mikor
form-local-time = A helyszín helyi ideje.
form-starts = Kezdés
form-ends = Befejezés
form-timezone = A helyszín időzónája
form-where = Hol
form-venue = Helyszín
form-address = Cím
form-city = Város
form-country = Ország (ISO-kód, pl. IT)
form-host = Vendéglátó szervezet (tanulmányutaknál)
form-seats = Helyek
form-capacity = Helyek száma (üresen: nincs korlát)
form-country-cap = Országonként legfeljebb ennyi hely (üresen: nincs korlát)
form-deadline = Jelentkezési határidő (nem kötelező)
form-agenda = Program vagy útiterv
form-agenda-hint = Fórumnál programpontok előadókkal, tanulmányútnál állomások helyszínnel. Az üresen hagyott sorok kimaradnak.
form-add-row = Sor hozzáadása
form-from = Kezdete
form-to = Vége
form-speaker = Előadó
form-place = Helyszín
form-row-error = Hiba ebben a sorban: { $message }
form-overlap = Ütemezés mindenképp, a másik eseménnyel átfedésben
form-past = Ez az esemény a múltban van. Ha mégis menteni szeretné, jelölje be az alábbi négyzetet.
form-past-confirm = Mentés akkor is, ha a múltban van
form-back = Vissza mentés nélkül
form-overlap-problem = Ebben a csoportban átfedésben lenne ezzel: „{ $title }” ({ $when }). Ha mégis menteni szeretné, jelölje be lent az „Ütemezés mindenképp” négyzetet.

## Registrations of an event
regs-title = Jelentkezések: { $title }
regs-csv = CSV letöltése
regs-sheet = Nyomtatható jelenléti ív
regs-participation = Részvétel
regs-confirmed = visszaigazolva
regs-waiting = várólistán
regs-cancelled = lemondva
regs-attended = részt vett
regs-seats-left = szabad hely
regs-by-country = Országonként
regs-by-kind = Szervezettípusonként
regs-kind = Szervezet típusa
regs-head-confirmed = Visszaigazolva
regs-head-waiting = Várólistán
regs-head-cancelled = Lemondva
regs-head-attended = Részt vett
regs-none-yet = Még nincs jelentkezés.
regs-note = Megjegyzés
regs-attendance-of = { $name } részvétele
regs-not-marked = nincs jelölve
regs-cancel = Jelentkezés törlése
regs-nobody = Még senki sem jelentkezett.

## Cancelling a registration
rcancel-title = Törli { $name } jelentkezését?
rcancel-crumb = Jelentkezés törlése
rcancel-who = { $name } ({ $email }, { $country }) jelentkezése a(z) „{ $title }” eseményre ({ $when }): { $status }.
rcancel-told = A saját nyelvén e-mailt kap arról, hogy a szervezők törölték a jelentkezését, egy naptárfrissítéssel együtt, amely eltávolítja az eseményt.
rcancel-seat = A helyét a várólistán következő, a feltételeknek megfelelő jelentkező kapja.
rcancel-already = Ezt a jelentkezést már törölték.
rcancel-message = Üzenet { $name } részére (nem kötelező)
rcancel-hint = Írja meg az okát közérthetően; pontosan úgy küldjük el, ahogy beírja.
rcancel-submit = Igen, törlöm a jelentkezést

## Cancelling an event
ecancel-title = Lemondja a(z) „{ $title }” eseményt?
ecancel-registrants = { $count ->
    [one] { $count } jelentkező e-mailt kap arról, hogy az esemény elmarad, egy naptárfrissítéssel együtt, amely eltávolítja.
   *[other] { $count } jelentkező e-mailt kap arról, hogy az esemény elmarad, egy naptárfrissítéssel együtt, amely eltávolítja.
}
ecancel-nobody = Még senki sem jelentkezett.
ecancel-invitees = Azokat a meghívottakat is értesítjük, akik még nem válaszoltak.
ecancel-final = Ez nem vonható vissza.
ecancel-message = Üzenet nekik (nem kötelező)
ecancel-hint = Miért, és mi következik (például egy új időpont); pontosan úgy küldjük el, ahogy beírja.
ecancel-submit = Igen, lemondom az eseményt

## The mailing list
members-title = { $group }: levelezőlista
members-import-done = Az importálás kész:
members-import-counts = { $added } hozzáadva, { $updated } frissítve, { $refused } elutasítva.
members-line = { $line }. sor: { $reason }
members-add = Tag hozzáadása
members-country = Ország (ISO-kód)
members-language = Leveleinek nyelve
members-add-submit = Hozzáadás
members-import = Táblázat importálása
members-import-hint = UTF-8 kódolású CSV-fájl fejlécsorral: name, email, organisation, country, language. A listán már szereplő címeket frissítjük, nem vesszük fel újra. Olvashatatlan fájlból semmit sem importálunk.
members-file = CSV-fájl
members-import-submit = Importálás
members-download = A lista letöltése CSV-ként
members-total = { $count ->
    [one] { $count } tag
   *[other] { $count } tag
}
members-page-of = { $page }. oldal ({ $pages } oldalból)
members-by-name = { $page }. oldal ({ $pages } oldalból), név szerint.
members-unsubscribed = leiratkozott
members-remove = Eltávolítás
members-pages = A lista oldalai
members-previous = ‹ Előző
members-next = Következő ›
members-empty = Még nincsenek tagok: adja hozzá őket fent, vagy importáljon egy táblázatot.
members-removed = Eltávolítva a levelezőlistáról.
members-choose-file = Válassza ki az importálandó fájlt: egy CSV-t, amelynek első sora az oszlopneveket tartalmazza.
members-nothing-imported = Semmit sem importáltunk: a fájl { $reason }.
mremove-title = Eltávolítja a levelezőlistáról: { $name }?
mremove-crumb = Eltávolítás
mremove-text = { $name } ({ $email }, { $country }) nem kap több meghívót a(z) { $group } csoporttól. Meglévő jelentkezései változatlanok maradnak; erről nem értesítjük.
mremove-submit = Igen, eltávolítom: { $name }
mremove-keep = Nem, maradjon

## Invitations
inv-title = Meghívók: { $title }
inv-heading = Meghívók küldése: „{ $title }”
inv-who = Kinek
inv-to-group = A(z) { $group } csoport minden tagjának (mindenkinek a saját nyelvén)
inv-to-list = Ezekre a címekre (angolul):
inv-addresses = Címek, soronként egy
inv-placeholder = soronként egy cím
inv-resend = Újraküldés a korábban meghívottaknak
inv-submit = Meghívók küldése
inv-invited = Meghívottak ({ $count })
inv-answer = Válasz
inv-when-invited = Meghívás ideje
inv-nobody = Még nincs meghívott.
inv-queued = { $count ->
    [one] { $count } meghívó sorba állítva; egy percen belül kiküldjük.
   *[other] { $count } meghívó sorba állítva; egy percen belül kiküldjük őket.
}
inv-skipped = { $count ->
    [one] { $count } személy kimaradt: korábban már meghívták, vagy leiratkozott.
   *[other] { $count } személy kimaradt: korábban már meghívták őket, vagy leiratkoztak.
}
inv-none-given = Válassza ki a csoport tagjait, vagy adjon meg legalább egy címet.
inv-bad-addresses = Ezek nem e-mail-címek: { $list }. Semmi sem ment el.
iconfirm-title = Meghívja a(z) { $group } csoportot?
iconfirm-crumb = Megerősítés
iconfirm-heading = Meghívja a(z) { $group } csoport tagjait?
iconfirm-count = { $count ->
    [one] { $count } személy kap e-mailben meghívót, a saját nyelvén.
   *[other] { $count } személy kap e-mailben meghívót, mindenki a saját nyelvén.
}
iconfirm-left-out = A korábban meghívott tagok kimaradnak.
iconfirm-unsubscribed = A leiratkozott tagok nem kapnak semmit.
iconfirm-submit = { $count ->
    [one] Igen, { $count } meghívó küldése
   *[other] Igen, { $count } meghívó küldése
}
iconfirm-nobody = Senki sem kapna levelet: minden tagot meghívtak már, vagy leiratkozott. Ha még egyszer meg szeretné hívni őket, jelölje be az „Újraküldés a korábban meghívottaknak” négyzetet.

## Outgoing mail
mail-title = Kimenő levelek
mail-all = mind
mail-to = Címzett
mail-subject = Tárgy
mail-attempts = Próbálkozások
mail-last-error = Utolsó hiba
mail-retry = Újrapróbálás
mail-none = Nincsenek üzenetek.
mail-none-status = Egy üzenet sem felel meg ezeknek a szűrőknek.

## Audit log
audit-title = Műveleti napló
audit-intro = A munkatársak műveletei, a legújabb elöl (az utolsó 500), időpontok { $zone } szerint.
audit-when = Mikor
audit-who = Ki
audit-action = Művelet
audit-on = Érintett elem
audit-detail = Részletek
audit-none = Még nincs bejegyzés.

## Staff accounts
acc-title = Munkatársi fiókok
acc-who-has = Fiókkal rendelkezők ({ $count })
acc-who = Ki
acc-state = Állapot
acc-all = mind
acc-disabled = letiltva
acc-invited = meghívva, még nincs jelszava
acc-active = aktív
acc-change = Módosítás
acc-invite = Új munkatárs meghívása
acc-invite-hint = E-mailt kap egy linkkel, amellyel beállíthatja saját jelszavát (egyszer használható, 7 napig érvényes).
acc-name-hint = (a többi munkatárs is látja)
acc-role-coordinator = Az alább bejelölt csoportok koordinátora
acc-role-admin = Adminisztrátor: minden csoport és a munkatársi fiókok
acc-groups-coordinator = (koordinátor esetén)
acc-invite-language = A meghívó nyelve
acc-invite-submit = Meghívó küldése
acc-active-box = Beléphet (a jelölés törlése letiltja a fiókot: munkamenetei és API-tokenjei azonnal megszűnnek)
acc-back = Vissza a fiókokhoz
acc-notice-invited = A meghívó úton van: a jelszóbeállító link 7 napig érvényes.
acc-notice-saved = A fiókot mentettük.

## Erasing a person's data
erase-title = Személyes adatok törlése
erase-done = Törölve.
erase-done-counts = Töröltünk { $registrations } jelentkezést, { $invitations } meghívót, { $members } levelezőlista-bejegyzést és { $messages } üzenetet.
erase-nothing = A(z) { $email } címhez nem tárolunk semmit: se jelentkezést, se meghívót, se levelezőlista-bejegyzést, se üzenetet.
erase-found = A(z) { $email } címhez { $registrations } jelentkezést, { $invitations } meghívót, { $members } levelezőlista-bejegyzést és { $messages } üzenetet tárolunk. A törlés mindezt eltávolítja, és nem vonható vissza.
erase-submit = Igen, minden törlése, amit a(z) { $email } címhez tárolunk
erase-intro = Ha valaki kéri adatai törlését, ez mindent töröl, amit a címéhez tárolunk: jelentkezéseit minden eseményre (az esemény előtt lefoglalt helye a következő várakozóé lesz), meghívóit, bejegyzéseit minden csoport levelezőlistáján, valamint minden neki elküldött vagy küldésre váró e-mailt. Mielőtt bármi törlődne, megmutatjuk, mi kerülne törlésre. A műveleti napló azt rögzíti, hogy törlés történt, azt nem, hogy kinek az adatai.
erase-address = Az érintett e-mail-címe
erase-show = A címhez tárolt adatok megjelenítése
erase-bad-address = Adja meg a címet úgy, ahogyan megkaptuk, pl. nev@example.org.

## The attendance sheet
sheet-title = Jelenléti ív: { $title }
sheet-date = Dátum:
sheet-venue = Helyszín:
sheet-back = Vissza
sheet-print = Az oldalt a böngészőből nyomtathatja ki (Ctrl+P).
sheet-signature = Aláírás
sheet-total = { $count ->
    [one] { $count } visszaigazolt résztvevő.
   *[other] { $count } visszaigazolt résztvevő.
}
sheet-organiser = A szervező aláírása:

## Field errors of the staff forms
field-after-start = a kezdés utáni időpontnak kell lennie
field-before-start = az esemény kezdete előtti időpontnak kell lennie
field-within-event = az esemény kezdete és vége közé kell esnie
field-after-previous = az előző tétel után kell következnie
field-timezone = IANA-időzónának kell lennie, pl. Europe/Rome
field-timezone-perhaps = IANA-időzóna nevének kell lennie: talán { $list }
field-capacity = 1 és 100000 közötti egész számnak kell lennie, vagy üresen kell hagyni, ha nincs korlát
field-country-cap = legalább 1 értékű egész számnak kell lennie, vagy üresen kell hagyni, ha nincs korlát
field-cap-above-capacity = nem lehet több a helyek számánál
field-below-confirmed = nem lehet kevesebb a visszaigazolt jelentkezések számánál ({ $count })
field-below-country = nem lehet kevesebb egy ország visszaigazolt jelentkezéseinek számánál ({ $count })
field-time = dátumnak és időpontnak kell lennie
field-password-short = legalább 12 karakterből kell állnia
wait-seconds = { $count ->
    [one] { $count } másodperc
   *[other] { $count } másodperc
}
wait-minutes = { $count ->
    [one] { $count } perc
   *[other] { $count } perc
}
inv-started = Az esemény már elkezdődött: meghívót csak a jövőbeli eseményekre küldünk.
field-number = egész számnak kell lennie
audit-group = Csoport
audit-any = minden csoport
audit-anyone = bárki
audit-filter = Mutasd
mail-intro = A legújabb 500 üzenet, időpontok { $zone } szerint.
mail-any-event = minden esemény
mail-day = Írás napja
mail-written = Írva
mail-show-text = Elolvasom
mail-text = Az üzenet, ahogy elment (szöveg)
mail-back = Vissza a kimenő levelekhez
acc-language = Az oldalak és levelek nyelve
acc-language-browser = ahogy a böngészője kéri
acc-again-heading = A link újraküldése
acc-again-hint = A meghívásra még nem válaszoltak: küldjön új linket a jelszó beállításához (egyszer használható, 7 napig); a korábban küldött linkek megszűnnek.
acc-again-submit = Új link küldése
acc-reset-hint = Linket kap új jelszó beállításához (egyszer használható, 7 napig); addig a mostani jelszava érvényes.
inv-publish-first = Előbb tegye közzé az eseményt, csak utána hívjon meg embereket.
acc-last-admin = Ez az utolsó aktív adminisztrátor: előbb nevezzen ki egy másikat.
acc-exists = { $email } címmel már van munkatársi fiók.
field-language = ezek egyike kell legyen: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } már korábban szerepel a fájlban
epublish-title = Közzéteszi: „{ $title }”?
epublish-overlap = Átfedésben van ezzel: „{ $title }” ({ $when }) ebben a csoportban. Mégis közzéteszi?
epublish-anyway = Közzététel mégis
event-edit = Esemény szerkesztése
members-no-column = fejlécsorában nincs { $columns } oszlop
members-not-csv = nem szabályos CSV ({ $detail })
audit-act-event-schedule = esemény ütemezve
audit-act-event-change = esemény módosítva
audit-act-event-publish = esemény közzétéve
audit-act-event-cancel = esemény lemondva
audit-act-event-invite = meghívók elküldve
audit-act-registration-cancel = jelentkezés törölve
audit-act-registration-attendance = részvétel rögzítve
audit-act-members-add = tag hozzáadva
audit-act-members-remove = tag eltávolítva
audit-act-members-import = tagok importálva
audit-act-group-create = csoport létrehozva
audit-act-staff-invite = munkatárs meghívva
audit-act-staff-reinvite = új belépési link elküldve
audit-act-staff-change = munkatársi fiók módosítva
audit-act-person-erase = személy törölve
audit-act-mail-retry = levél újraküldve
audit-act-export = lista exportálva
members-added = Mentve a levelezőlistán.
regs-done-attendance = Részvétel mentve.
regs-done-cancelled = Jelentkezés törölve. Az illetőt e-mailben értesítjük.
form-audience = Kinek szól
form-audience-hint = A projekt belső megbeszélései sosem számítanak bele a program mutatóiba.
audience-closed = Meghívott vagy jelentkezett résztvevők
audience-public = Bárki számára nyitott
audience-internal = Belső projektmegbeszélés
planed-title = { $group } stratégiai terve
planed-saved = Mentve.
planed-adopted = Elfogadva: ez a változat jelenlegi állapotában rögzítve.
planed-deleted = Kulcsintézkedés törölve.
planed-moved = Áthelyezve.
planed-adopted-badge = elfogadva
planed-text = Cím és összefoglaló
planed-summary = Összefoglaló
planed-summary-hint = Egyszerű szöveg; a bekezdések közé hagyjon üres sort.
planed-create = Terv létrehozása
planed-up = Fel
planed-down = Le
planed-delete = Törlés
planed-add = Kulcsintézkedés hozzáadása
planed-parent = Része ennek
planed-top-level = (önálló kulcsintézkedés)
planed-add-button = Hozzáadás és megnyitás
planed-versions = Elfogadás és változatok
planed-adopt-hint = Az elfogadás a tervet jelenlegi állapotában { $version }. változatként rögzíti; ez olvasható marad, bármi változik később.
planed-adopt = Elfogadás { $version }. változatként
planed-version = { $version }. változat, { $when }
planed-compare = összevetés a mostanival
planed-owners-hint = Soronként egy: szervezet, országkód (Milano Metropoli, IT).
planed-targets = Célok
planed-targets-hint = Hagyja üresen a célt, ahol nem értelmezhető. A haladás a megadott célok átlaga.
planed-events = A csoport eseményei, amelyeket ez az intézkedés szolgál
planed-progress = Haladás
planed-progress-now = Most { $percent } %
planed-manual = Haladás kézi beállítása
planed-percent = Haladás százalékban (0–100)
planed-reason = Miért (kézi beállításnál kötelező)
compare-title = A(z) { $version }. változat a mostani terv mellett
compare-changed = módosult
compare-same = változatlan
compare-change = Változás
compare-then = A(z) { $version }. változatban
compare-now = Most
compare-added = hozzáadva
compare-removed = eltávolítva
compare-field-title = cím
compare-field-description = leírás
compare-field-due = határidő
compare-field-status = állapot
compare-field-owners = felelősök
compare-field-targets = célok
compare-field-events = események
staff-plan = Stratégiai terv
staff-materials = Anyagok
mat-added = Anyag hozzáadva.
mat-deleted = Anyag törölve.
mat-told = A megerősített résztvevőket értesítjük, mindenkit a saját nyelvén.
mat-list = Anyagok
mat-tell-hint = Minden megerősített résztvevőnek levelet küld a saját nyelvén, a saját linkjével azokhoz az anyagokhoz, amelyeket láthat.
mat-tell = Értesítés a résztvevőknek, hogy az anyagok elérhetők
mat-none = Még nincsenek anyagok.
mat-add = Fájl vagy link hozzáadása
mat-kind = Típus
mat-language = Az anyag nyelve
mat-any-language = (bármely vagy több)
mat-visibility = Ki láthatja
mat-vis-participants = Megerősített résztvevők
mat-vis-public = Bárki
mat-vis-staff = Csak a csoport munkatársai
mat-file = Fájl (legfeljebb 25 MB)
mat-file-hint = Vagy hagyja üresen, és adjon meg lent egy linket (videó, megosztott mappa).
mat-url = Link (http vagy https)
mat-add-button = Hozzáadás
form-serves = A terv kulcsintézkedései, amelyeket ez az esemény szolgál
field-day = egy napnak kell lennie
field-target = 1 és 1 000 000 közötti egész szám legyen, vagy üres
field-percent = 0 és 100 közötti százalék legyen
field-events-group = ennek az intézkedésnek a csoportjához tartozó események legyenek
field-parent = ennek a tervnek önálló kulcsintézkedése legyen (az alintézkedéseknek nincs)
field-web-link = http:// vagy https:// kezdetű cím legyen
field-file-or-link = fájlt vagy linket adjon meg, ne mindkettőt
audit-act-plan-change = terv módosítva
audit-act-plan-adopt = terv elfogadva
audit-act-action-add = kulcsintézkedés hozzáadva
audit-act-action-change = kulcsintézkedés módosítva
audit-act-action-delete = kulcsintézkedés törölve
audit-act-action-move = kulcsintézkedés áthelyezve
audit-act-action-link = esemény kulcsintézkedésekhez kapcsolva
audit-act-material-add = anyag hozzáadva
audit-act-material-delete = anyag törölve
audit-act-material-announce = résztvevők értesítve az anyagokról
mat-last-told = Legutóbb értesítve: { $when }.
mat-tell-again = A résztvevők újbóli értesítése
reports-title = Jelentések
reports-intro = A program által kért mutatók egy időszak megtartott rendezvényeiből: mindegyik a mögötte álló részvételekhez vezet.
reports-presets = Jelentési időszakok
reports-field-from = Kezdete
reports-field-to = Vége
reports-field-group = Csoportok
reports-field-label = Megnevezés
reports-groups-hint = Ha egyik sincs bejelölve: minden csoport, amelyet koordinál.
reports-show = Mutatók megjelenítése
reports-invalid = Ezek a mutatók nem jeleníthetők meg:
reports-period = { $from } – { $to }
reports-figures = Mutatók
reports-events-held = megtartott rendezvény
reports-events-split = fórumok: { $forums } · tanulmányutak: { $visits } · nyilvános: { $public }
reports-registrations = jelentkezés
reports-participations = részvétel
reports-no-shows = meg nem jelent
reports-people = személy
reports-organisations = szervezet
reports-new-returning = { $new } új, { $returning } visszatérő
reports-countries = ország
reports-indicators = Programmutatók
reports-indicator = Mutató
reports-indicator-what = Mit számol
reports-value = Érték
reports-rco81 = Részvétel határokon átnyúló közös akciókban (jelenlét zárt rendezvényeken)
reports-rco115 = Megtartott nyilvános rendezvények
reports-rco87 = Határokon át együttműködő szervezetek (két vagy több ország résztvevőivel tartott rendezvényen voltak jelen)
reports-rco83 = Közösen kidolgozott stratégiák és cselekvési tervek (az időszakban elfogadva, felelősök két vagy több országból)
reports-by-country = Részvételek országonként
reports-by-kind = Részvételek szervezettípus szerint
reports-by-month = Részvételek havonta
reports-none = Ebben az időszakban nincs részvétel.
reports-download = Letöltések
reports-download-hint = A munkafüzet és a CSV megnevezi a résztvevőket: minden letöltés bekerül a naplóba.
reports-xlsx = Munkafüzet (XLSX)
reports-csv = Sorok (CSV)
reports-evidence = Igazoló csomag (ZIP)
reports-freeze = A mutatók rögzítése
reports-freeze-hint = A pillanatkép pontosan úgy őrzi meg a mutatókat, ahogy most állnak, bármit módosítanak vagy törölnek később: rögzítse őket, amikor az időszakról jelentést tesz.
reports-label = Megnevezés
reports-label-example = 3. időszak jelentése
reports-freeze-button = Jelentés rögzítése
reports-snapshots = Rögzített jelentések
reports-frozen-on = rögzítve: { $when }
reports-no-snapshots = Még nincs rögzített jelentés.
reports-periods = A program jelentési időszakai
reports-periods-hint = Az itt megadott időszakokat minden koordinátor gyorsválasztásként látja.
reports-period-delete = Eltávolítás
reports-period-example = 3. időszak
reports-period-add = Időszak hozzáadása
reports-frozen = Ezeket a mutatókat { $when } rögzítették, és nem változnak.
reports-rows-participations = Részvételek
reports-rows-no_shows = Meg nem jelentek
reports-rows-registrations = Jelentkezések
reports-rows-count = sorok: { $count }
reports-day = Nap
reports-attendance = Jelenlét
reports-erased = (törölve)
reports-mark-attended = jelen volt
reports-mark-no_show = nem jött el
reports-mark-unmarked = nincs jelölve
dash-reports = Jelentések
field-not-before-from = nem lehet az első nap előtt
field-ten-years = legfeljebb tíz évvel lehet az első nap után
field-period-label-taken = egy másik időszak megnevezése
audit-act-organisation-merge = Szervezetek összevonva
audit-act-report-snapshot = Jelentés rögzítve
audit-act-report-period-add = Jelentési időszak hozzáadva
audit-act-report-period-delete = Jelentési időszak eltávolítva
attimp-title = Jelenlét importálva
attimp-refused = Nem importált sorok
attimp-line = { $line }. sor
attimp-back = Vissza a jelentkezésekhez
attimp-heading = Jelenlét importálása
attimp-hint = A clustercord előtt megtartott vagy papíron vezetett rendezvényhez: CSV-fájl (UTF-8) fejléccel: name, email, organisation, country, kind, attended (yes vagy no). Minden sor megerősített jelentkezés lesz, vagy jelöli a címhez már tartozót. Senki sem kap e-mailt.
attimp-file = Jelenléti fájl (CSV)
audit-act-attendance-import = Jelenlét importálva
field-yes-no = yes vagy no legyen (vagy üres, ha nincs rögzítve)
reports-col-people = Személyek
reports-col-organisations = Szervezetek
reports-frozen-xlsx = Rögzített mutatók (XLSX)
reports-download-live = A mostani mutatókat tartalmazzák; a rögzített jelentés megőrzi a sajátjait, ezek az oldaláról tölthetők le.
dash-organisations = Szervezetek
orgs-title = Szervezetek
orgs-intro = Minden szervezet, amely jelentkezett, egyszer számolva, bárhogyan írták is. Keressen egyet, nézze meg a jelentkezéseit, vagy vonja össze ugyanannak a szervezetnek két írásmódját.
orgs-search = Név vagy más írásmód
orgs-search-button = Keresés
orgs-aliases = Így is írták
orgs-participations = Részvételek
orgs-none = Nincs egyező szervezet.
orgs-limited = Csak az első { $count } látható: szűkítse a keresést.
orgs-registrations = Jelentkezések
orgs-registrations-hint = Az Ön által koordinált csoportok eseményein.
orgs-no-registrations = Ezeken az eseményeken nincs jelentkezés.
orgs-merge = Összevonás egy másik szervezettel
orgs-merge-hint = Ha ez ugyanabban az országban egy szervezet másik írásmódja, vonja össze: jelentkezései és tagjai ettől kezdve annál a szervezetnél számítanak, és ezt az írásmódot mindig ahhoz rendeljük, ha valaki újra beírja. Az összevonás bekerül a naplóba.
orgs-merge-into = A szervezet, amely valójában
orgs-merge-button = Összevonás
orgs-merge-nothing = Ebben az országban nincs másik szervezet, amellyel össze lehetne vonni.

## B2B meetings
b2b-staff-heading = B2B-találkozók
b2b-staff-session = Munkamenet
b2b-staff-session-hint = Az időpontok az esemény időzónájában értendők. Az időablakot a választott hosszúságú sávokra bontjuk; a végén maradó idő szabad.
b2b-field-starts_at = Találkozók kezdete
b2b-field-ends_at = Találkozók vége
b2b-field-slot_minutes = Perc találkozónként
b2b-field-tables = Asztalok
b2b-field-requests_close_at = Kérések lezárása
b2b-staff-save-session = Mentés
b2b-staff-figures = Állás
b2b-staff-profiles = Profilok
b2b-staff-requests = Kérések
b2b-staff-requests-counts = { $pending } függőben, { $accepted } elfogadva, { $declined } elutasítva
b2b-staff-placed = Beosztott találkozók
b2b-staff-placed-of = { $placed }, legfeljebb { $bound } fér el a szabályok szerint
b2b-staff-replan = Újratervezés (a rögzítettek maradnak)
b2b-staff-schedule = Elfogadott kérések beosztása
b2b-staff-publish = Napirendek kiküldése e-mailben
b2b-staff-publish-again = Napirendek újraküldése
b2b-staff-published-at = Napirendek első kiküldése: { $when }.
b2b-staff-print = Asztalrend és névkártyák
b2b-staff-unplaced = Elfogadva, de nincs beosztva
b2b-staff-meetings = Találkozók idősávonként
b2b-staff-who = Kik találkoznak
b2b-staff-move = Áthelyezés kézzel
b2b-staff-move-lock = Áthelyezés és rögzítés
b2b-staff-slot = Idősáv
b2b-staff-locked = rögzítve
b2b-staff-slot-empty = Ebben az idősávban nincs találkozó.
b2b-staff-done-session = A munkamenet elmentve.
b2b-staff-done-scheduled = Az elfogadott kérések beosztva.
b2b-staff-done-published = A napirendek úton vannak, mindegyik a résztvevő nyelvén.
b2b-staff-done-moved = A találkozó áthelyezve és rögzítve.
b2b-move-refused = Ez az áthelyezés szabályt sért
b2b-reason-not-yet = még nincs beosztva: futtassa a beosztást
b2b-reason-no-availability = { $name } nem adta meg, mikor ér rá
b2b-reason-no-common-slot = nincs olyan idősáv, amikor mindketten ráérnek
b2b-reason-person-busy = { $name } minden közös szabad idősávban már másik találkozón van
b2b-reason-both-busy = mindkettőjüknek van már másik találkozója minden közös szabad idősávban
b2b-reason-tables-full = minden közös szabad idősávban minden asztal foglalt
b2b-reason-mixed = minden közös szabad idősávban egyikük már foglalt, vagy minden asztal foglalt
b2b-reason-invalid = a kérés nem két különböző személyt nevez meg
b2b-tables-title = Asztalrend: { $title }
b2b-tables-cards = Névkártyák

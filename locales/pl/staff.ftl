# The staff area, in Polish.
# Placeables: $name, $title, $group, $count, $when, $email, $total ... are filled in
# by the pages; keep them as they are and translate the words around them.

## Shared words
staff-save = Zapisz
staff-actions = Działania
staff-event = Wydarzenie
staff-when = Kiedy
staff-status = Status
staff-seats = Miejsca
staff-name = Imię i nazwisko
staff-email = E-mail
staff-organisation = Organizacja
staff-country = Kraj
staff-language = Język
staff-role = Rola
staff-groups = Grupy
staff-public-page = Strona publiczna
staff-mailing-list = Lista mailingowa
staff-registrations = Zgłoszenia
staff-invitations = Zaproszenia
staff-schedule = Zaplanuj wydarzenie
staff-no-go-back = Nie, wróć
staff-no-keep = Nie, zachowaj
staff-deleted-user = (usunięty użytkownik)
staff-optional = (opcjonalnie)
status-draft = szkic
status-published = opublikowane
status-cancelled = anulowane
status-confirmed = potwierdzone
status-waitlisted = oczekujące
status-pending = oczekujące
status-sent = wysłane
status-failed = nieudane
status-invited = wysłane
status-registered = przyjęte
status-declined = odrzucone
attendance-attended = obecność
attendance-no_show = nieobecność
role-admin = administrator
role-coordinator = koordynator

## Sign-in and password
login-title = Logowanie dla pracowników
login-intro = Dla koordynatorów grup i administratorów.
login-password = Hasło
login-submit = Zaloguj się
login-wrong = Nieprawidłowy adres e-mail lub hasło.
login-too-many = Zbyt wiele nieudanych prób z Twojego adresu. Spróbuj ponownie za { $wait }.
login-password-set = Hasło zostało ustawione: zaloguj się adresem e-mail i nowym hasłem.
password-title = Ustaw hasło
password-intro = Wybierz hasło o długości co najmniej 12 znaków do swojego konta zespołu w clustercord. Dobrym hasłem jest kilka słów, które łatwo zapamiętasz.
password-new = Nowe hasło
password-again = Powtórz hasło
password-submit = Ustaw hasło
password-link-gone = Ten link został już użyty lub wygasł. Poproś administratora, który Cię zaprosił, o nowy albo zaloguj się, jeśli hasło jest już ustawione.
password-sign-in = Zaloguj się
password-differ = Hasła się różnią; wpisz dwa razy to samo hasło.
password-short = Hasło musi mieć co najmniej 12 znaków.

## The staff home (dashboard)
dash-title = Strefa pracowników
dash-welcome = Witamy, { $name }
dash-you-admin = Zalogowano Cię jako administratora: zarządzasz wszystkimi grupami tematycznymi.
dash-you-coordinator = Zalogowano Cię jako koordynatora poniższych grup.
dash-coming = Nadchodzące wydarzenia
dash-seats-taken = Zajęte miejsca
dash-waiting = Lista rezerwowa
dash-of-capacity = { $count } z { $capacity }
dash-invited = wysłano: { $count }; zgłoszenia: { $registered }, odmowy: { $declined }
dash-invite = Zaproś uczestników
dash-no-coming = Brak nadchodzących opublikowanych wydarzeń.
dash-drafts = Szkice czekające na publikację ({ $count })
dash-failed = Wiadomości, których nie udało się wysłać ({ $count })
dash-failed-see = Zobacz je i ponów wysyłkę
dash-all-groups = Wszystkie grupy
dash-your-groups = Twoje grupy
dash-no-groups = Nie przypisano Ci jeszcze żadnej grupy. Zwróć się do administratora.
dash-recent = Ostatnie działania zespołu
dash-recent-all = Pełny dziennik audytu
dash-mail = Poczta wychodząca i jej doręczanie
dash-accounts = Konta zespołu
dash-audit = Dziennik audytu
dash-erase = Usuń dane osoby
deadline-closed = zgłoszenia zamknięte
deadline-today = koniec zgłoszeń dziś
deadline-tomorrow = koniec zgłoszeń jutro
deadline-days = { $count ->
    [one] koniec zgłoszeń za { $count } dzień
    [few] koniec zgłoszeń za { $count } dni
    [many] koniec zgłoszeń za { $count } dni
   *[other] koniec zgłoszeń za { $count } dni
}

## A group's events
group-events-title = { $group }: wydarzenia
group-events-caption = Wydarzenia grupy { $group }
group-register-list = Zgłoszenia
group-invite = Zaproś
group-edit = Edytuj
group-publish = Opublikuj
group-cancel = Odwołaj…
group-no-events = Nie ma jeszcze wydarzeń. Zaplanuj pierwsze forum wymiany lub pierwszą wizytę studyjną grupy.
group-public = Strona publiczna grupy
group-feed-ics = Kanał kalendarza (.ics)
notice-created = Wydarzenie zapisano jako szkic. Opublikuj je, gdy będzie gotowe.
notice-published = Opublikowano: wydarzenie jest widoczne na stronach publicznych i w kanale kalendarza.
notice-updated = Zmiany zostały zapisane. Zgłoszone osoby zostaną powiadomione o nowym terminie lub miejscu.
notice-cancelled = Wydarzenie zostało odwołane. Zgłoszone osoby są powiadamiane e-mailem.

## The event form
form-new = Zaplanuj wydarzenie grupy { $group }
form-edit = Edytuj „{ $title }”
form-correct = Popraw zaznaczone pola ({ $count }).
form-what = Co
form-kind = Rodzaj
form-title = Tytuł
form-description = Opis
form-when = Kiedy
form-local-time = Czas lokalny w miejscu wydarzenia.
form-starts = Początek
form-ends = Koniec
form-timezone = Strefa czasowa miejsca wydarzenia
form-where = Gdzie
form-venue = Miejsce
form-address = Adres
form-city = Miasto
form-country = Kraj (kod ISO, np. IT)
form-host = Organizacja przyjmująca (wizyty studyjne)
form-seats = Miejsca
form-capacity = Liczba miejsc (puste: bez limitu)
form-country-cap = Maks. liczba miejsc na kraj (puste: bez limitu)
form-deadline = Termin zgłoszeń (opcjonalnie)
form-agenda = Program lub trasa
form-agenda-hint = Dla forum: sesje z prelegentami; dla wizyty studyjnej: punkty trasy z miejscem. Puste wiersze zostaną pominięte.
form-add-row = Dodaj wiersz
form-from = Od
form-to = Do
form-speaker = Prelegent
form-place = Miejsce
form-row-error = Ten wiersz: { $message }
form-overlap = Zaplanuj mimo to, choć nakłada się na inne wydarzenie
form-past = Termin tego wydarzenia już minął. Zaznacz pole poniżej, aby mimo to je zapisać.
form-past-confirm = Zapisz, mimo że termin już minął
form-back = Wróć bez zapisywania
form-overlap-problem = Wydarzenie nakładałoby się na „{ $title }” ({ $when }) w tej grupie. Zaznacz poniżej „Zaplanuj mimo to”, aby mimo to je zapisać.

## Registrations of an event
regs-title = Zgłoszenia: { $title }
regs-csv = Pobierz CSV
regs-sheet = Lista obecności do druku
regs-participation = Uczestnictwo
regs-confirmed = potwierdzone
regs-waiting = oczekujące
regs-cancelled = anulowane
regs-attended = obecni
regs-seats-left = wolne miejsca
regs-by-country = Według kraju
regs-by-kind = Według rodzaju organizacji
regs-kind = Rodzaj organizacji
regs-head-confirmed = Potwierdzone
regs-head-waiting = Oczekujące
regs-head-cancelled = Anulowane
regs-head-attended = Obecni
regs-none-yet = Brak zgłoszeń.
regs-note = Uwaga
regs-attendance-of = Obecność: { $name }
regs-not-marked = nie oznaczono
regs-cancel = Anuluj zgłoszenie
regs-nobody = Nikt się jeszcze nie zgłosił.

## Cancelling a registration
rcancel-title = Anulować zgłoszenie osoby { $name }?
rcancel-crumb = Anulowanie zgłoszenia
rcancel-who = Zgłoszenie osoby { $name } ({ $email }, { $country }) na „{ $title }”, { $when }, ma status: { $status }.
rcancel-told = Ta osoba otrzyma w swoim języku e-mail z informacją, że organizatorzy anulowali jej zgłoszenie, wraz z aktualizacją kalendarza, która usuwa wydarzenie.
rcancel-seat = Jej miejsce otrzyma następna osoba z listy rezerwowej, która spełnia warunki.
rcancel-already = To zgłoszenie jest już anulowane.
rcancel-message = Wiadomość dla: { $name } (opcjonalnie)
rcancel-hint = Wyjaśnij powód w zrozumiały dla tej osoby sposób; wiadomość zostanie wysłana dokładnie tak, jak ją wpiszesz.
rcancel-submit = Tak, anuluj zgłoszenie

## Cancelling an event
ecancel-title = Odwołać „{ $title }”?
ecancel-registrants = { $count ->
    [one] { $count } zgłoszona osoba otrzyma e-mail o odwołaniu wydarzenia wraz z aktualizacją kalendarza, która je usuwa.
    [few] { $count } zgłoszone osoby otrzymają e-mail o odwołaniu wydarzenia wraz z aktualizacją kalendarza, która je usuwa.
    [many] { $count } zgłoszonych osób otrzyma e-mail o odwołaniu wydarzenia wraz z aktualizacją kalendarza, która je usuwa.
   *[other] { $count } zgłoszonych osób otrzyma e-mail o odwołaniu wydarzenia wraz z aktualizacją kalendarza, która je usuwa.
}
ecancel-nobody = Nikt się jeszcze nie zgłosił.
ecancel-invitees = Powiadomione zostaną także zaproszone osoby, które nie odpowiedziały.
ecancel-final = Tej operacji nie można cofnąć.
ecancel-message = Wiadomość do uczestników (opcjonalnie)
ecancel-hint = Dlaczego i co dalej (np. nowy termin); wiadomość zostanie wysłana dokładnie tak, jak ją wpiszesz.
ecancel-submit = Tak, odwołaj wydarzenie

## The mailing list
members-title = { $group }: lista mailingowa
members-import-done = Import zakończony:
members-import-counts = dodano: { $added }, zaktualizowano: { $updated }, odrzucono: { $refused }.
members-line = Wiersz { $line }: { $reason }
members-add = Dodaj członka
members-country = Kraj (kod ISO)
members-language = Język wiadomości
members-add-submit = Dodaj
members-import = Importuj arkusz
members-import-hint = Plik CSV (UTF-8) z wierszem nagłówka: name, email, organisation, country, language. Adresy, które już są na liście, zostaną zaktualizowane, a nie zdublowane. Jeśli pliku nie da się odczytać, nic nie zostanie zaimportowane.
members-file = Plik CSV
members-import-submit = Importuj
members-download = Pobierz listę jako CSV
members-total = { $count ->
    [one] { $count } członek
    [few] { $count } członkowie
    [many] { $count } członków
   *[other] { $count } członków
}
members-page-of = Strona { $page } z { $pages }
members-by-name = Strona { $page } z { $pages }, alfabetycznie.
members-unsubscribed = wypisano
members-remove = Usuń
members-pages = Strony listy
members-previous = ‹ Poprzednia
members-next = Następna ›
members-empty = Lista jest jeszcze pusta: dodaj członków powyżej lub zaimportuj arkusz.
members-removed = Usunięto z listy mailingowej.
members-choose-file = Wybierz plik do importu: CSV, którego pierwszy wiersz zawiera nazwy kolumn.
members-nothing-imported = Nic nie zaimportowano: plik { $reason }.
mremove-title = Usunąć { $name } z listy mailingowej?
mremove-crumb = Usuwanie
mremove-text = { $name } ({ $email }, { $country }) nie będzie już otrzymywać zaproszeń od grupy { $group }. Dokonane zgłoszenia pozostają bez zmian; ta osoba nie zostanie o tym powiadomiona.
mremove-submit = Tak, usuń { $name }
mremove-keep = Nie, zostaw na liście

## Invitations
inv-title = Zaproszenia: { $title }
inv-heading = Zaproś na „{ $title }”
inv-who = Kogo
inv-to-group = Wszystkich członków grupy { $group } (każdego w jego języku)
inv-to-list = Te adresy (po angielsku):
inv-addresses = Adresy, jeden w wierszu
inv-placeholder = jeden adres w wierszu
inv-resend = Wyślij ponownie do osób zaproszonych wcześniej
inv-submit = Wyślij zaproszenia
inv-invited = Zaproszeni ({ $count })
inv-answer = Odpowiedź
inv-when-invited = Data zaproszenia
inv-nobody = Nikogo jeszcze nie zaproszono.
inv-queued = { $count ->
    [one] { $count } zaproszenie czeka w kolejce; zostanie wysłane w ciągu minuty.
    [few] { $count } zaproszenia czekają w kolejce; zostaną wysłane w ciągu minuty.
    [many] { $count } zaproszeń czeka w kolejce; zostaną wysłane w ciągu minuty.
   *[other] { $count } zaproszeń czeka w kolejce; zostaną wysłane w ciągu minuty.
}
inv-skipped = { $count ->
    [one] Pominięto { $count } osobę: zaproszoną wcześniej lub wypisaną.
    [few] Pominięto { $count } osoby: zaproszone wcześniej lub wypisane.
    [many] Pominięto { $count } osób: zaproszonych wcześniej lub wypisanych.
   *[other] Pominięto { $count } osób: zaproszonych wcześniej lub wypisanych.
}
inv-none-given = Wybierz członków grupy lub podaj co najmniej jeden adres.
inv-bad-addresses = To nie są adresy e-mail: { $list }. Nic nie zostało wysłane.
iconfirm-title = Zaprosić grupę { $group }?
iconfirm-crumb = Potwierdzenie
iconfirm-heading = Zaprosić członków grupy { $group }?
iconfirm-count = { $count ->
    [one] { $count } osoba otrzyma zaproszenie e-mailem w swoim języku.
    [few] { $count } osoby otrzymają zaproszenie e-mailem, każda w swoim języku.
    [many] { $count } osób otrzyma zaproszenie e-mailem, każda w swoim języku.
   *[other] { $count } osób otrzyma zaproszenie e-mailem, każda w swoim języku.
}
iconfirm-left-out = Członkowie zaproszeni wcześniej zostaną pominięci.
iconfirm-unsubscribed = Członkowie, którzy się wypisali, nic nie otrzymają.
iconfirm-submit = { $count ->
    [one] Tak, wyślij { $count } zaproszenie
    [few] Tak, wyślij { $count } zaproszenia
    [many] Tak, wyślij { $count } zaproszeń
   *[other] Tak, wyślij { $count } zaproszeń
}
iconfirm-nobody = Nikt nie otrzymałby wiadomości: wszyscy członkowie zostali już zaproszeni lub się wypisali. Zaznacz „Wyślij ponownie do osób zaproszonych wcześniej”, aby zaprosić ich jeszcze raz.

## Outgoing mail
mail-title = Poczta wychodząca
mail-all = wszystkie
mail-to = Do
mail-subject = Temat
mail-attempts = Próby
mail-last-error = Ostatni błąd
mail-retry = Ponów
mail-none = Brak wiadomości.
mail-none-status = Żadna wiadomość nie pasuje do tych filtrów.

## Audit log
audit-title = Dziennik audytu
audit-intro = Działania zespołu, od najnowszych (ostatnie 500), czas w strefie { $zone }.
audit-when = Kiedy
audit-who = Kto
audit-action = Działanie
audit-on = Dotyczy
audit-detail = Szczegóły
audit-none = Brak wpisów.

## Staff accounts
acc-title = Konta zespołu
acc-who-has = Kto ma konto ({ $count })
acc-who = Kto
acc-state = Stan
acc-all = wszystkie
acc-disabled = wyłączone
acc-invited = zaproszono, brak hasła
acc-active = aktywne
acc-change = Zmień
acc-invite = Zaproś nową osobę
acc-invite-hint = Otrzyma e-mail z linkiem do ustawienia własnego hasła (działa jeden raz, przez 7 dni).
acc-name-hint = (widoczne dla innych członków zespołu)
acc-role-coordinator = Koordynator grup zaznaczonych poniżej
acc-role-admin = Administrator: wszystkie grupy i konta zespołu
acc-groups-coordinator = (dla koordynatora)
acc-invite-language = Język zaproszenia
acc-invite-submit = Wyślij zaproszenie
acc-active-box = Może się logować (odznacz, aby wyłączyć konto: sesje i tokeny API wygasną natychmiast)
acc-back = Wróć do kont
acc-notice-invited = Zaproszenie zostało wysłane: link do ustawienia hasła działa przez 7 dni.
acc-notice-saved = Konto zostało zapisane.

## Erasing a person's data
erase-title = Usuń dane osoby
erase-done = Usunięto.
erase-done-counts = Usunięte dane — zgłoszenia: { $registrations }, zaproszenia: { $invitations }, wpisy na listach mailingowych: { $members }, wiadomości: { $messages }.
erase-nothing = Dla adresu { $email } nie przechowujemy żadnych danych: żadnego zgłoszenia, zaproszenia, wpisu na liście mailingowej ani wiadomości.
erase-found = Dla adresu { $email } przechowujemy — zgłoszenia: { $registrations }, zaproszenia: { $invitations }, wpisy na listach mailingowych: { $members }, wiadomości: { $messages }. Usunięcie obejmie je wszystkie i nie można go cofnąć.
erase-submit = Tak, usuń wszystkie dane adresu { $email }
erase-intro = Gdy ktoś korzysta z prawa do bycia zapomnianym, ta funkcja usuwa wszystko, co przechowujemy dla jego adresu: zgłoszenia na wszystkie wydarzenia (miejsce zajmowane przed wydarzeniem otrzymuje następna oczekująca osoba), zaproszenia, wpisy na listach mailingowych wszystkich grup oraz każdy e-mail wysłany do tej osoby lub czekający na wysłanie. Zanim cokolwiek zostanie usunięte, zobaczysz, czego to dotyczy. Dziennik audytu odnotowuje, że dane usunięto, ale nie czyje.
erase-address = Adres e-mail tej osoby
erase-show = Pokaż dane przechowywane dla tego adresu
erase-bad-address = Wpisz adres w takiej postaci, w jakiej został nam podany, np. imie@example.org.

## The attendance sheet
sheet-title = Lista obecności: { $title }
sheet-date = Data:
sheet-venue = Miejsce:
sheet-back = Wróć
sheet-print = Wydrukuj tę stronę z przeglądarki (Ctrl+P).
sheet-signature = Podpis
sheet-total = { $count ->
    [one] { $count } potwierdzony uczestnik.
    [few] { $count } potwierdzeni uczestnicy.
    [many] { $count } potwierdzonych uczestników.
   *[other] { $count } potwierdzonych uczestników.
}
sheet-organiser = Podpis organizatora:

## Field errors of the staff forms
field-after-start = musi przypadać po rozpoczęciu
field-before-start = musi przypadać przed rozpoczęciem wydarzenia
field-within-event = musi mieścić się między początkiem a końcem wydarzenia
field-after-previous = musi następować po poprzedniej pozycji
field-timezone = musi być strefą czasową IANA, np. Europe/Rome
field-timezone-perhaps = musi być nazwą strefy czasowej IANA: może { $list }
field-capacity = musi być liczbą całkowitą od 1 do 100000 lub pozostać puste (bez limitu)
field-country-cap = musi być liczbą całkowitą nie mniejszą niż 1 lub pozostać puste (bez limitu)
field-cap-above-capacity = nie może przekraczać liczby miejsc
field-below-confirmed = nie może być mniejsze niż liczba potwierdzonych zgłoszeń ({ $count })
field-below-country = nie może być mniejsze niż liczba potwierdzonych zgłoszeń z jednego kraju ({ $count })
field-time = musi być datą i godziną
field-password-short = musi mieć co najmniej 12 znaków
wait-seconds = { $count ->
    [one] { $count } sekundę
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekund
}
wait-minutes = { $count ->
    [one] { $count } minutę
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minut
}
inv-started = Wydarzenie już się rozpoczęło: zaproszenia wysyła się tylko na nadchodzące wydarzenia.
field-number = musi być liczbą całkowitą
audit-group = Grupa
audit-any = wszystkie grupy
audit-anyone = wszyscy
audit-filter = Pokaż
mail-intro = Najnowsze 500 wiadomości, czas w strefie { $zone }.
mail-any-event = wszystkie wydarzenia
mail-day = Napisano dnia
mail-written = Napisano
mail-show-text = Czytaj
mail-text = Wiadomość w wysłanej postaci (tekst)
mail-back = Wróć do poczty wychodzącej
acc-language = Język stron i wiadomości
acc-language-browser = zgodnie z przeglądarką
acc-again-heading = Wyślij link ponownie
acc-again-hint = Zaproszenie nie zostało jeszcze przyjęte: wyślij nowy link do ustawienia hasła (działa raz, przez 7 dni); wcześniej wysłane linki przestaną działać.
acc-again-submit = Wyślij nowy link
acc-reset-hint = Otrzyma link do ustawienia nowego hasła (działa raz, przez 7 dni); do tego czasu obowiązuje obecne hasło.
inv-publish-first = Opublikuj wydarzenie, zanim zaprosisz na nie osoby.
acc-last-admin = To ostatni aktywny administrator: najpierw wyznacz kolejnego.
acc-exists = Konto zespołu dla { $email } już istnieje.
field-language = musi być jednym z kodów: en, it, de, hu, sk, cs, pl, sl
members-earlier = { $email } występuje już wcześniej w pliku
epublish-title = Opublikować „{ $title }”?
epublish-overlap = Nakłada się na „{ $title }” ({ $when }) w tej grupie. Opublikować mimo to?
epublish-anyway = Opublikuj mimo to
event-edit = Edytuj wydarzenie
members-no-column = nie ma kolumny { $columns } w wierszu nagłówka
members-not-csv = nie jest poprawnym plikiem CSV ({ $detail })
audit-act-event-schedule = zaplanowano wydarzenie
audit-act-event-change = zmieniono wydarzenie
audit-act-event-publish = opublikowano wydarzenie
audit-act-event-cancel = odwołano wydarzenie
audit-act-event-invite = wysłano zaproszenia
audit-act-registration-cancel = anulowano zgłoszenie
audit-act-registration-attendance = odnotowano obecność
audit-act-members-add = dodano członka
audit-act-members-remove = usunięto członka
audit-act-members-import = zaimportowano członków
audit-act-group-create = utworzono grupę
audit-act-staff-invite = zaproszono pracownika
audit-act-staff-reinvite = wysłano nowy link logowania
audit-act-staff-change = zmieniono konto pracownika
audit-act-person-erase = usunięto osobę
audit-act-mail-retry = ponownie wysłano wiadomość
audit-act-export = wyeksportowano listę
members-added = Zapisano na liście mailingowej.
regs-done-attendance = Obecność zapisana.
regs-done-cancelled = Zgłoszenie anulowane. Osoba zostanie powiadomiona e-mailem.
form-audience = Dla kogo
form-audience-hint = Wewnętrzne spotkania projektu nigdy nie liczą się do wskaźników programu.
audience-closed = Zaproszeni lub zarejestrowani uczestnicy
audience-public = Otwarte dla wszystkich
audience-internal = Wewnętrzne spotkanie projektu
planed-title = Plan strategiczny grupy { $group }
planed-saved = Zapisano.
planed-adopted = Przyjęto: ta wersja jest zamrożona w obecnym kształcie.
planed-deleted = Usunięto działanie kluczowe.
planed-moved = Przeniesiono.
planed-adopted-badge = przyjęty
planed-text = Tytuł i streszczenie
planed-summary = Streszczenie
planed-summary-hint = Zwykły tekst; między akapitami zostaw pustą linię.
planed-create = Utwórz plan
planed-up = W górę
planed-down = W dół
planed-delete = Usuń
planed-add = Dodaj działanie kluczowe
planed-parent = Część działania
planed-top-level = (samodzielne działanie kluczowe)
planed-add-button = Dodaj i otwórz
planed-versions = Przyjęcie i wersje
planed-adopt-hint = Przyjęcie zamraża plan w obecnym kształcie jako wersję { $version }; pozostaje ona czytelna taka, jaka była, cokolwiek zmieni się później.
planed-adopt = Przyjmij jako wersję { $version }
planed-version = Wersja { $version }, { $when }
planed-compare = porównaj z obecnym
planed-owners-hint = Jedna na linię: organizacja, kod kraju (Milano Metropoli, IT).
planed-targets = Cele
planed-targets-hint = Zostaw cel pusty, jeśli nie ma zastosowania. Postęp to średnia z ustawionych celów.
planed-events = Wydarzenia grupy, którym służy to działanie
planed-progress = Postęp
planed-progress-now = Teraz { $percent } %
planed-manual = Ustaw postęp ręcznie
planed-percent = Postęp w procentach (od 0 do 100)
planed-reason = Dlaczego (wymagane przy ustawieniu ręcznym)
compare-title = Wersja { $version } obok obecnego planu
compare-changed = zmieniono
compare-same = bez zmian
compare-change = Zmiana
compare-then = W wersji { $version }
compare-now = Teraz
compare-added = dodano
compare-removed = usunięto
compare-field-title = tytuł
compare-field-description = opis
compare-field-due = termin
compare-field-status = status
compare-field-owners = odpowiedzialni
compare-field-targets = cele
compare-field-events = wydarzenia
staff-plan = Plan strategiczny
staff-materials = Materiały
mat-added = Dodano materiał.
mat-deleted = Usunięto materiał.
mat-told = Potwierdzeni uczestnicy zostaną powiadomieni, każdy w swoim języku.
mat-list = Materiały
mat-tell-hint = Wysyła każdemu potwierdzonemu uczestnikowi e-mail w jego języku z własnym linkiem do materiałów, które może zobaczyć.
mat-tell = Powiadom uczestników, że materiały są online
mat-none = Nie ma jeszcze materiałów.
mat-add = Dodaj plik lub link
mat-kind = Rodzaj
mat-language = Język materiału
mat-any-language = (dowolny lub kilka)
mat-visibility = Kto może go zobaczyć
mat-vis-participants = Potwierdzeni uczestnicy
mat-vis-public = Każdy
mat-vis-staff = Tylko pracownicy grupy
mat-file = Plik (najwyżej 25 MB)
mat-file-hint = Albo zostaw puste i podaj link poniżej (wideo, udostępniony folder).
mat-url = Link (http lub https)
mat-add-button = Dodaj
form-serves = Działania kluczowe planu, którym służy to wydarzenie
field-day = musi być dniem
field-target = musi być liczbą całkowitą od 1 do 1 000 000 lub pusta
field-percent = musi być procentem od 0 do 100
field-events-group = muszą być wydarzeniami grupy tego działania
field-parent = musi być samodzielnym działaniem kluczowym tego planu (poddziałania ich nie mają)
field-web-link = musi być adresem zaczynającym się od http:// lub https://
field-file-or-link = podaj plik albo link, nie oba
audit-act-plan-change = zmieniono plan
audit-act-plan-adopt = przyjęto plan
audit-act-action-add = dodano działanie kluczowe
audit-act-action-change = zmieniono działanie kluczowe
audit-act-action-delete = usunięto działanie kluczowe
audit-act-action-move = przeniesiono działanie kluczowe
audit-act-action-link = powiązano wydarzenie z działaniami
audit-act-material-add = dodano materiał
audit-act-material-delete = usunięto materiał
audit-act-material-announce = powiadomiono uczestników o materiałach
mat-last-told = Ostatnio powiadomieni { $when }.
mat-tell-again = Powiadom uczestników ponownie
reports-title = Raporty
reports-intro = Wskaźniki, których wymaga program, z wydarzeń odbytych w danym okresie: każdy prowadzi do udziałów, które go tworzą.
reports-presets = Okresy sprawozdawcze
reports-field-from = Od
reports-field-to = Do
reports-field-group = Grupy
reports-field-label = Nazwa
reports-groups-hint = Żadna nie zaznaczona: wszystkie grupy, które koordynujesz.
reports-show = Pokaż wskaźniki
reports-invalid = Tych wskaźników nie można pokazać:
reports-period = od { $from } do { $to }
reports-figures = Wskaźniki
reports-events-held = odbyte wydarzenia
reports-events-split = fora: { $forums } · wizyty studyjne: { $visits } · publiczne: { $public }
reports-registrations = zgłoszenia
reports-participations = udziały
reports-no-shows = nieobecni
reports-people = osoby
reports-organisations = organizacje
reports-new-returning = nowe: { $new }, powracające: { $returning }
reports-countries = kraje
reports-indicators = Wskaźniki programu
reports-indicator = Wskaźnik
reports-indicator-what = Co liczy
reports-value = Wartość
reports-rco81 = Udziały we wspólnych działaniach transgranicznych (obecność na wydarzeniach zamkniętych)
reports-rco115 = Odbyte wydarzenia publiczne
reports-rco87 = Organizacje współpracujące ponad granicami (obecne na wydarzeniu z osobami z dwóch lub więcej krajów)
reports-rco83 = Wspólnie opracowane strategie i plany działania (przyjęte w okresie, odpowiedzialni z dwóch lub więcej krajów)
reports-by-country = Udziały według kraju
reports-by-kind = Udziały według rodzaju organizacji
reports-by-month = Udziały w miesiącach
reports-none = Brak udziałów w tym okresie.
reports-download = Do pobrania
reports-download-hint = Skoroszyt i CSV podają nazwiska uczestników: każde pobranie jest zapisywane w dzienniku.
reports-xlsx = Skoroszyt (XLSX)
reports-csv = Wiersze (CSV)
reports-evidence = Pakiet dowodów (ZIP)
reports-freeze = Zamroź te wskaźniki
reports-freeze-hint = Migawka zachowuje wskaźniki dokładnie takie, jakie są teraz, cokolwiek zostanie później zmienione lub usunięte: zamroź je, gdy składasz sprawozdanie za okres.
reports-label = Nazwa
reports-label-example = Raport za okres 3
reports-freeze-button = Zamroź raport
reports-snapshots = Zamrożone raporty
reports-frozen-on = zamrożono { $when }
reports-no-snapshots = Nie zamrożono jeszcze żadnego raportu.
reports-periods = Okresy sprawozdawcze programu
reports-periods-hint = Okresy ustawione tutaj są proponowane wszystkim koordynatorom jako gotowe wybory.
reports-period-delete = Usuń
reports-period-example = Okres 3
reports-period-add = Dodaj okres
reports-frozen = Te wskaźniki zamrożono { $when } i nie zmieniają się.
reports-rows-participations = Udziały
reports-rows-no_shows = Nieobecni
reports-rows-registrations = Zgłoszenia
reports-rows-count = wiersze: { $count }
reports-day = Dzień
reports-attendance = Obecność
reports-erased = (usunięto)
reports-mark-attended = obecny
reports-mark-no_show = nieobecny
reports-mark-unmarked = nieoznaczone
dash-reports = Raporty
field-not-before-from = nie może być przed pierwszym dniem
field-ten-years = może być najwyżej dziesięć lat po pierwszym dniu
field-period-label-taken = to nazwa innego okresu
audit-act-organisation-merge = Organizacje scalone
audit-act-report-snapshot = Raport zamrożony
audit-act-report-period-add = Dodano okres sprawozdawczy
audit-act-report-period-delete = Usunięto okres sprawozdawczy
attimp-title = Zaimportowano obecność
attimp-refused = Wiersze niezaimportowane
attimp-line = Wiersz { $line }
attimp-back = Wróć do zgłoszeń
attimp-heading = Importuj obecność
attimp-hint = Dla wydarzenia, które odbyło się przed korzystaniem z clustercord lub zostało odnotowane na papierze: plik CSV (UTF-8) z wierszem nagłówka: name, email, organisation, country, kind, attended (yes lub no). Każdy wiersz staje się potwierdzonym zgłoszeniem albo oznacza zgłoszenie, które ten adres już ma. Nikt nie dostaje e-maila.
attimp-file = Plik obecności (CSV)
audit-act-attendance-import = Zaimportowano obecność
field-yes-no = musi być yes lub no (albo puste, gdy nie odnotowano)
reports-col-people = Osoby
reports-col-organisations = Organizacje
reports-frozen-xlsx = Zamrożone wskaźniki (XLSX)
reports-download-live = Zawierają wskaźniki takie, jakie są teraz; zamrożony raport zachowuje własne, do pobrania z jego strony.
dash-organisations = Organizacje
orgs-title = Organizacje
orgs-intro = Każda organizacja, która się zarejestrowała, liczona raz, niezależnie od pisowni. Wyszukaj ją, zobacz jej rejestracje lub połącz dwie pisownie tej samej organizacji.
orgs-search = Nazwa lub inna pisownia
orgs-search-button = Szukaj
orgs-aliases = Pisana też
orgs-participations = Udziały
orgs-none = Żadna organizacja nie pasuje.
orgs-limited = Pokazano tylko pierwsze { $count }: zawęź wyszukiwanie.
orgs-registrations = Rejestracje
orgs-registrations-hint = Na wydarzeniach grup, które koordynujesz.
orgs-no-registrations = Brak rejestracji na tych wydarzeniach.
orgs-merge = Połącz z inną organizacją
orgs-merge-hint = Jeśli to inna pisownia organizacji z tego samego kraju, połącz je: jej rejestracje i członkowie liczą się odtąd dla tamtej organizacji, a ta pisownia jest do niej przypisywana za każdym razem, gdy ktoś ją wpisze. Połączenie zostaje zapisane w dzienniku audytu.
orgs-merge-into = Organizacja, którą naprawdę jest
orgs-merge-button = Połącz
orgs-merge-nothing = W tym kraju nie ma innej organizacji, z którą można ją połączyć.

## B2B meetings
b2b-staff-heading = Spotkania B2B
b2b-staff-session = Sesja
b2b-staff-session-hint = Godziny są w strefie czasowej wydarzenia. Okno dzieli się na terminy wybranej długości; reszta na końcu zostaje wolna.
b2b-field-starts_at = Początek spotkań
b2b-field-ends_at = Koniec spotkań
b2b-field-slot_minutes = Minut na spotkanie
b2b-field-tables = Stoliki
b2b-field-requests_close_at = Zamknięcie próśb
b2b-staff-save-session = Zapisz sesję
b2b-staff-figures = Stan
b2b-staff-profiles = Profile
b2b-staff-requests = Prośby
b2b-staff-requests-counts = oczekuje: { $pending }, przyjęte: { $accepted }, odrzucone: { $declined }
b2b-staff-placed = Zaplanowane spotkania
b2b-staff-placed-of = { $placed } z najwyżej { $bound }, na które pozwalają zasady
b2b-staff-replan = Zaplanuj od nowa (zablokowane zostają)
b2b-staff-schedule = Zaplanuj przyjęte prośby
b2b-staff-publish = Wyślij plany e-mailem
b2b-staff-publish-again = Wyślij plany ponownie
b2b-staff-published-at = Plany opublikowano po raz pierwszy { $when }.
b2b-staff-print = Plan stolików i identyfikatory
b2b-staff-unplaced = Przyjęte, ale niezaplanowane
b2b-staff-meetings = Spotkania według terminów
b2b-staff-who = Kto się spotyka
b2b-staff-move = Przenieś ręcznie
b2b-staff-move-lock = Przenieś i zablokuj
b2b-staff-slot = Termin
b2b-staff-locked = zablokowane
b2b-staff-slot-empty = Brak spotkań w tym terminie.
b2b-staff-done-session = Sesja została zapisana.
b2b-staff-done-scheduled = Przyjęte prośby zostały zaplanowane.
b2b-staff-done-published = Plany są w drodze, każdy w języku uczestnika.
b2b-staff-done-moved = Spotkanie przeniesiono i zablokowano.
b2b-move-refused = To przeniesienie łamie zasadę
b2b-reason-not-yet = jeszcze niezaplanowane: uruchom planowanie
b2b-reason-no-availability = { $name } nie może w żadnym terminie
b2b-reason-no-common-slot = nie ma terminu, w którym obie osoby są wolne
b2b-reason-person-busy = { $name } ma już inne spotkanie w każdym wspólnym wolnym terminie
b2b-reason-both-busy = obie osoby mają inne spotkania w każdym wspólnym wolnym terminie
b2b-reason-tables-full = w każdym wspólnym wolnym terminie wszystkie stoliki są zajęte
b2b-reason-mixed = w każdym wspólnym wolnym terminie jedna z osób ma inne spotkanie albo wszystkie stoliki są zajęte
b2b-reason-invalid = prośba nie wskazuje dwóch różnych osób
b2b-tables-title = Plan stolików: { $title }
b2b-tables-cards = Identyfikatory
field-b2b-self = nie możesz poprosić o spotkanie samego siebie
field-b2b-own-organisation = ta osoba jest z Twojej organizacji; spotkania B2B odbywają się między organizacjami
field-b2b-twice = między Wami jest już prośba: znajdziesz ją na swojej stronie B2B
field-b2b-no-profile = ta osoba (już) nie bierze udziału w spotkaniach B2B
field-b2b-offers-or-seeks = napisz, co oferujesz lub czego szukasz
field-b2b-one-slot = zaznacz co najmniej jeden termin, w którym możesz uczestniczyć
field-b2b-no-whole-slot = nie mieści się żaden pełny termin: wydłuż sesję lub skróć terminy
field-b2b-close = musi przypadać najpóźniej na początek spotkań
field-b2b-slot-minutes = musi wynosić 10, 15, 20, 25, 30, 45 lub 60
field-b2b-tables = musi wynosić od 1 do 500
field-b2b-no-such-slot = nie ma takiego terminu
field-b2b-no-such-table = nie ma takiego stolika
field-b2b-slot-full = w tym terminie wszystkie stoliki są zajęte
field-b2b-table-taken = ten stolik jest zajęty w tym terminie
field-b2b-busy = { $name } ma już spotkanie w tym terminie
field-b2b-unavailable = { $name } nie może w tym terminie
field-b2b-outcome = wybierz jedną z odpowiedzi
b2b-staff-broken = Spotkania, które już nie pasują
b2b-staff-broken-hint = Od zaplanowania zmieniły się terminy w profilu lub ustawienia sesji. Kolejne planowanie przeniesie te spotkania tam, gdzie pozwalają zasady, albo je pominie; potem opublikuj ponownie, aby kalendarze się zaktualizowały.

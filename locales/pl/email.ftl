greeting = Dzień dobry, { $name },
label-when = Kiedy
label-where = Gdzie
label-programme = Program
label-now = Teraz
label-before = Wcześniej
link-event = Strona wydarzenia
link-manage = Zobacz lub anuluj swoją rejestrację
calendar-adds = Załączony plik kalendarza doda wydarzenie do Twojego kalendarza.
calendar-updates = Załączony plik kalendarza zaktualizuje wpis w Twoim kalendarzu.
calendar-removes = Załączony plik kalendarza usunie wpis z Twojego kalendarza.
footer = Wysłane przez clustercord, { $url }
kind-exchange_forum = Forum wymiany doświadczeń
kind-study_visit = Wizyta studyjna
confirmed-subject = Potwierdzono: { $title } — { $when }
confirmed-intro = Twoje miejsce na wydarzeniu „{ $title }” jest potwierdzone.
confirmed-hint = Jeśli nie możesz wziąć udziału, anuluj rejestrację, aby Twoje miejsce otrzymała osoba z listy rezerwowej.
waitlisted-subject = Lista rezerwowa (nr { $position }): { $title }
waitlisted-intro = na wydarzenie „{ $title }” nie ma obecnie wolnych miejsc, dlatego jesteś na liście rezerwowej, na miejscu { $position }.
waitlisted-country-intro = na wydarzeniu „{ $title }” są jeszcze wolne miejsca, ale miejsca dla uczestników z Twojego kraju są obecnie zajęte (najwyżej { $cap } z jednego kraju), dlatego jesteś na liście rezerwowej, na miejscu { $position }.
waitlisted-hint = Gdy zwolni się miejsce, przesuniesz się automatycznie, a my od razu napiszemy.
link-waitlist = Zobacz swoje miejsce lub opuść listę rezerwową
promoted-subject = Miejsce dla Ciebie: { $title } — { $when }
promoted-intro = dobra wiadomość: zwolniło się miejsce i Twoja rejestracja na „{ $title }” jest teraz potwierdzona.
cancelled-subject = Anulowano: Twoja rejestracja na { $title }
cancelled-intro = Twoja rejestracja na „{ $title }” została anulowana. Dziękujemy za informację: Twoje miejsce otrzyma kolejna osoba z listy rezerwowej.
cancelled-hint = Dopóki rejestracja jest otwarta, możesz zapisać się ponownie na stronie wydarzenia.
staff-cancelled-subject = Organizatorzy anulowali Twoją rejestrację na { $title }
staff-cancelled-intro = organizatorzy wydarzenia „{ $title }” anulowali Twoją rejestrację.
staff-cancelled-reason = Ich wiadomość:
staff-cancelled-hint = Jeśli uważasz, że to pomyłka, odpowiedz na tego e-maila.
changed-subject = Zmiana: { $title } — { $when }
changed-intro = zmienił się termin lub miejsce wydarzenia „{ $title }”.
event-cancelled-subject = Odwołane: { $title } — { $when }
event-cancelled-intro = z przykrością informujemy, że wydarzenie „{ $title }” zostało odwołane. Twoja rejestracja wygasa i nie musisz nic robić.
event-cancelled-invitee-intro = przykro nam: wydarzenie „{ $title }”, na które otrzymałeś zaproszenie, zostało odwołane. Nie musisz nic robić.
invitation-subject = Zaproszenie: { $title } — { $when }
invitation-greeting = Dzień dobry,
invitation-intro = zapraszamy na wydarzenie „{ $title }”, organizowane przez grupę tematyczną { $group }.
invitation-register = Zarejestruj się
invitation-decline = Nie mogę wziąć udziału
invitation-seats = Liczba miejsc jest ograniczona; decyduje kolejność zgłoszeń.
reminder-subject = Przypomnienie: { $title } — { $when }
reminder-intro = przypominamy, że wydarzenie „{ $title }” zbliża się. Do zobaczenia!
unsubscribe = Nie chcę otrzymywać zaproszeń od tej grupy
test-subject = Wiadomość testowa z clustercord
test-body = To jest wiadomość testowa z clustercord. Jeśli ją czytasz, wysyłka poczty działa.
link-subject = Twoje zgłoszenie: { $title }
link-intro = ktoś (mamy nadzieję, że Ty) próbował ponownie zgłosić ten adres na „{ $title }”. Jesteś już zgłoszony; oto link do Twojego zgłoszenia.
link-hint = Jeśli to nie Ty, nie musisz nic robić: bez tego linku nikt inny nie zobaczy ani nie zmieni Twojego zgłoszenia.

## Staff accounts
staff-invitation-subject = Twoje konto zespołu w clustercord: ustaw hasło
staff-invitation-intro = { $inviter } utworzył(a) dla Ciebie konto zespołu w clustercord.
staff-invitation-admin = Jako administrator zarządzasz wszystkimi grupami tematycznymi i kontami zespołu.
staff-invitation-coordinator = Jako koordynator planujesz fora i wizyty studyjne swoich grup, zapraszasz członków i śledzisz rejestracje.
staff-invitation-action = Ustaw hasło
staff-invitation-hint = Link działa jeden raz, przez 7 dni. Jeśli nie spodziewałeś(-aś) się tego e-maila, zignoruj go.
materials-subject = Materiały online: { $title }
materials-intro = { $count ->
    [one] { $count } materiał z „{ $title }” (protokół, slajdy lub zdjęcia) jest dostępny dla uczestników.
    [few] { $count } materiały z „{ $title }” (protokół, slajdy lub zdjęcia) są dostępne dla uczestników.
   *[other] { $count } materiałów z „{ $title }” (protokół, slajdy lub zdjęcia) jest dostępnych dla uczestników.
}
materials-open = Otwórz materiały
materials-private = Link jest tylko dla Ciebie: pozwala też zobaczyć lub anulować zgłoszenie.

## B2B meetings
b2b-request-subject = Prośba o spotkanie od { $name } ({ $organisation }): { $title }
b2b-request-intro = { $name } z { $organisation } ({ $country }) prosi o spotkanie B2B podczas „{ $title }”.
b2b-label-offers = Oferuje
b2b-label-seeks = Szuka
b2b-label-message = Wiadomość
b2b-label-table = Stolik
b2b-label-with = Z kim
b2b-request-answer = Przyjmij lub odrzuć
b2b-request-hint = Prośba bez odpowiedzi do zamknięcia przyjmowania próśb wygasa. Organizatorzy przydzielają przyjętym spotkaniom godzinę i stolik, a swój plan spotkań otrzymasz przed wydarzeniem.
b2b-accepted-subject = { $name } przyjmuje Twoją prośbę o spotkanie: { $title }
b2b-declined-subject = { $name } odrzuca Twoją prośbę o spotkanie: { $title }
b2b-accepted-intro = { $name } z { $organisation } przyjmuje Twoją prośbę. Organizatorzy przydzielą spotkaniu godzinę i stolik, a Ty otrzymasz swój plan spotkań.
b2b-declined-intro = { $name } z { $organisation } odrzuca Twoją prośbę. Dopóki przyjmowanie próśb trwa, możesz poprosić innych uczestników.
b2b-open-page = Otwórz swoje spotkania B2B
b2b-agenda-subject = Twoje spotkania B2B: { $title }
b2b-agenda-intro = { $count ->
    [one] oto Twoje spotkanie B2B podczas „{ $title }”:
    [few] oto Twoje { $count } spotkania B2B podczas „{ $title }”:
   *[other] oto Twoich { $count } spotkań B2B podczas „{ $title }”:
}
b2b-agenda-none = podczas „{ $title }” nie udało się zaplanować dla Ciebie żadnego spotkania B2B. Jeśli przyjmiesz prośby, które są jeszcze otwarte, organizatorzy mogą zaplanować je później.
b2b-agenda-calendar = Załączony plik kalendarza dodaje każde spotkanie do Twojego kalendarza; późniejszy plan przeniesie je tam.
b2b-calendar-title = Spotkanie B2B: { $name } ({ $organisation })
b2b-calendar-table = Stolik { $table }
b2b-reminder-subject = Wciąż czeka na Twoją odpowiedź: { $name }, { $title }
b2b-reminder-intro = { $name } z { $organisation } ({ $country }) prosi o spotkanie B2B podczas „{ $title }”, a przyjmowanie próśb kończy się w ciągu doby. Przyjmij lub odrzuć prośbę, aby organizatorzy mogli planować.
b2b-outcome-subject = Co wynikło z Twoich spotkań B2B? { $title }
b2b-outcome-intro = minęło trochę czasu od Twoich spotkań B2B podczas „{ $title }”. Napisz nam, proszę, co wynikło z każdego spotkania. To jedno kliknięcie na spotkanie i liczy się w sprawozdaniu programu.
b2b-outcome-choices = Odpowiedzi: brak dalszego kontaktu, nadal w kontakcie lub zawarto porozumienie o współpracy.
b2b-calendar-dropped = Spotkanie B2B (odwołane)

//! Field-level findings for an import body: required fields, formats, consistency, and the
//! values the import API would silently drop in their constellation.

use chrono::{Local, Months, NaiveDate};
use rust_decimal::Decimal;

use super::model::*;
use crate::catalog::check::{country_problem, unknown_value_message};
use crate::country::Country;
use crate::finding::{Finding, FindingKind, Path};

/// Findings for `body`, judged against today's date.
pub fn validate(body: &Vorgang) -> Vec<Finding> {
    validate_on(body, Local::now().date_naive())
}

/// Findings for `body`, judged against `today` (dates in the future, the 3-year rule).
pub fn validate_on(body: &Vorgang, today: NaiveDate) -> Vec<Finding> {
    let mut c = Checker::new(today);
    c.partner_required(&Path::root("kundenbetreuer"), body.kundenbetreuer.as_ref());
    c.partner(&Path::root("bearbeiter"), body.bearbeiter.as_ref());
    c.partner(&Path::root("tippgeber"), body.tippgeber.as_ref());
    c.parts(&Parts {
        antragsteller1: body.antragsteller1.as_ref(),
        antragsteller2: body.antragsteller2.as_ref(),
        haushalt: body.haushalt.as_ref(),
        finanzbedarf: body.finanzbedarf.as_ref(),
    });
    c.findings
}

/// A tolerant enum as validation sees it.
pub(crate) trait WireEnum {
    /// True for a documented value.
    fn known(&self) -> bool;
    /// The wire spelling.
    fn wire(&self) -> &str;
    /// Every documented value.
    fn allowed() -> &'static [&'static str];
}

macro_rules! wire_enum {
    ($($t:ty),+ $(,)?) => {$(
        impl WireEnum for $t {
            fn known(&self) -> bool { self.is_known() }
            fn wire(&self) -> &str { self.as_str() }
            fn allowed() -> &'static [&'static str] { <$t>::KNOWN }
        }
    )+};
}

wire_enum!(
    Anrede,
    Familienstand,
    Titel,
    Aufenthaltstitel,
    Wohnart,
    Beschaeftigungsart,
    Befristung,
    Branche,
    Antragstellerzugehoerigkeit,
    Kindergeldzuordnung,
    Immobilienart,
    Nutzungsart,
    Finanzierungszweck,
    Ratenzahlungstermin,
    VersichertesRisiko,
    Fahrzeuganbieter,
);

/// The parts an import body and a Dr. Klein lead share.
pub(crate) struct Parts<'a> {
    pub antragsteller1: Option<&'a Antragsteller>,
    pub antragsteller2: Option<&'a Antragsteller>,
    pub haushalt: Option<&'a Haushalt>,
    pub finanzbedarf: Option<&'a Finanzbedarf>,
}

/// Collects findings while walking a body.
pub(crate) struct Checker {
    today: NaiveDate,
    pub findings: Vec<Finding>,
}

impl Checker {
    pub(crate) fn new(today: NaiveDate) -> Self {
        Self {
            today,
            findings: Vec::new(),
        }
    }

    pub(crate) fn fehler(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.findings.push(Finding::fehler(path, message));
    }

    /// A Fehler of `kind` other than [`FindingKind::Rule`].
    pub(crate) fn fehler_of(
        &mut self,
        kind: FindingKind,
        path: &Path<'_>,
        message: impl Into<String>,
    ) {
        self.findings.push(Finding::fehler(path, message).of(kind));
    }

    pub(crate) fn hinweis(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.findings.push(Finding::hinweis(path, message));
    }

    pub(crate) fn partner_required(&mut self, path: &Path<'_>, partner: Option<&Partner>) {
        let id = partner.and_then(|p| p.partner_id.as_deref());
        if id.is_none_or(|id| id.trim().is_empty()) {
            self.fehler_of(
                FindingKind::Required,
                &path.key("partnerId"),
                "Die Partner-ID des Kundenbetreuers fehlt; ohne sie lehnt Europace den Vorgang ab.",
            );
        }
        self.partner(path, partner);
    }

    pub(crate) fn partner(&mut self, path: &Path<'_>, partner: Option<&Partner>) {
        let Some(id) = partner.and_then(|p| p.partner_id.as_deref()) else {
            return;
        };
        if id.trim().is_empty() {
            return;
        }
        let b = id.as_bytes();
        let usual = b.len() == 5
            && b[..3].iter().all(u8::is_ascii_uppercase)
            && b[3..].iter().all(u8::is_ascii_digit);
        if !usual {
            let message = format!(
                "Die Partner-ID `{id}` hat nicht das übliche Format ABC12 (drei Buchstaben, zwei Ziffern)."
            );
            let path = &path.key("partnerId");
            self.findings
                .push(Finding::hinweis(path, message).of(FindingKind::Format));
        }
    }

    pub(crate) fn enumeration<E: WireEnum>(&mut self, path: &Path<'_>, value: Option<&E>) {
        if let Some(v) = value.filter(|v| !v.known()) {
            self.fehler_of(
                FindingKind::UnknownValue,
                path,
                unknown_value_message(v.wire(), E::allowed()),
            );
        }
    }

    fn enum_list<E: WireEnum>(&mut self, path: &Path<'_>, values: Option<&Vec<E>>) {
        for (i, v) in values.into_iter().flatten().enumerate() {
            self.enumeration(&path.index(i), Some(v));
        }
    }

    pub(crate) fn country(&mut self, path: &Path<'_>, value: Option<&Country>) {
        let Some(country) = value else { return };
        if let Some((kind, message)) = country_problem(country.as_str()) {
            self.fehler_of(kind, path, message);
        }
    }

    /// A money amount that cannot be negative.
    fn amount(&mut self, path: &Path<'_>, value: Option<Decimal>) {
        if value.is_some_and(|v| v.is_sign_negative() && !v.is_zero()) {
            self.fehler_of(
                FindingKind::Bounds,
                path,
                "Der Betrag darf nicht negativ sein.",
            );
        }
    }

    fn amounts(&mut self, base: &Path<'_>, values: &[(&str, Option<Decimal>)]) {
        for (key, value) in values {
            self.amount(&base.key(key), *value);
        }
    }

    /// A count that cannot be negative.
    fn count(&mut self, path: &Path<'_>, value: Option<i32>) {
        if value.is_some_and(|v| v < 0) {
            self.fehler_of(
                FindingKind::Bounds,
                path,
                "Die Anzahl darf nicht negativ sein.",
            );
        }
    }

    /// A date that must not lie in the future.
    fn past(&mut self, path: &Path<'_>, label: &str, date: Option<NaiveDate>) {
        if date.is_some_and(|d| d > self.today) {
            self.fehler(path, format!("{label} liegt in der Zukunft."));
        }
    }

    /// A date of the applicant's life: not in the future, not before birth.
    fn life_date(
        &mut self,
        path: &Path<'_>,
        label: &str,
        date: Option<NaiveDate>,
        birth: Option<NaiveDate>,
    ) {
        self.past(path, label, date);
        if let (Some(d), Some(b)) = (date, birth)
            && d < b
        {
            self.fehler(path, format!("{label} liegt vor dem Geburtsdatum."));
        }
    }

    fn ordered(
        &mut self,
        path: &Path<'_>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        message: &str,
    ) {
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            self.fehler(path, message);
        }
    }

    pub(crate) fn email(&mut self, path: &Path<'_>, value: Option<&str>) {
        if let Some(finding) = value.and_then(|raw| crate::value_rules::email(path, raw)) {
            self.findings.push(finding);
        }
    }

    pub(crate) fn phone(&mut self, path: &Path<'_>, value: Option<&str>) {
        if let Some(v) = value.filter(|v| !is_phone(v)) {
            self.fehler_of(
                FindingKind::Format,
                path,
                format!("`{v}` ist keine gültige Telefonnummer (Ziffern, Leerzeichen, + - / ( ) erlaubt)."),
            );
        }
    }

    fn iban(&mut self, path: &Path<'_>, value: Option<&str>) {
        if let Some(finding) = value.and_then(|raw| crate::value_rules::iban(path, raw)) {
            self.findings.push(finding);
        }
    }

    fn bic(&mut self, path: &Path<'_>, value: Option<&str>) {
        if let Some(v) = value.filter(|v| !is_bic(v)) {
            self.fehler_of(
                FindingKind::Format,
                path,
                format!("`{v}` ist keine gültige BIC (8 oder 11 Zeichen, z. B. `DEUTDEFF`)."),
            );
        }
    }

    fn plz(&mut self, path: &Path<'_>, plz: Option<&str>, land: Option<&Country>) {
        let german = land.is_none_or(Country::is_germany);
        if let Some(v) =
            plz.filter(|v| german && !(v.len() == 5 && v.bytes().all(|b| b.is_ascii_digit())))
        {
            self.fehler_of(
                FindingKind::Format,
                path,
                format!("`{v}` ist keine deutsche Postleitzahl (fünf Ziffern)."),
            );
        }
    }

    pub(crate) fn anschrift(&mut self, path: &Path<'_>, a: Option<&Anschrift>) {
        let Some(a) = a else { return };
        self.plz(&path.key("plz"), a.plz.as_deref(), a.land.as_ref());
        self.country(&path.key("land"), a.land.as_ref());
    }

    fn firma(&mut self, path: &Path<'_>, f: Option<&Firma>) {
        let Some(f) = f else { return };
        self.anschrift(&path.key("anschrift"), f.anschrift.as_ref());
        self.enumeration(&path.key("branche"), f.branche.as_ref());
    }

    pub(crate) fn parts(&mut self, parts: &Parts) {
        let zwei = parts.antragsteller2.is_some();
        if let Some(a) = parts.antragsteller1 {
            self.antragsteller(&Path::root("antragsteller1"), a, false);
        }
        if let Some(a) = parts.antragsteller2 {
            let has_name = a.personendaten.as_ref().is_some_and(|p| {
                p.vorname.as_deref().is_some_and(|v| !v.trim().is_empty())
                    || p.nachname.as_deref().is_some_and(|v| !v.trim().is_empty())
            });
            let path = Path::root("antragsteller2");
            if !has_name {
                self.fehler(
                    &path.key("personendaten"),
                    "Antragsteller 2 braucht eigene Personendaten (mindestens Vor- oder Nachname).",
                );
            }
            self.antragsteller(&path, a, true);
        }
        if let Some(h) = parts.haushalt {
            self.haushalt(h, zwei);
        }
        if let Some(f) = parts.finanzbedarf {
            self.finanzbedarf(f, zwei);
        }
    }

    fn antragsteller(&mut self, path: &Path<'_>, a: &Antragsteller, zweiter: bool) {
        let birth = a.personendaten.as_ref().and_then(|p| p.geburtsdatum);
        if let Some(p) = &a.personendaten {
            self.personendaten(&path.key("personendaten"), p);
        }
        if let Some(h) = &a.herkunft {
            self.herkunft(&path.key("herkunft"), h, birth);
        }
        if let Some(w) = &a.wohnsituation {
            self.wohnsituation(&path.key("wohnsituation"), w, birth, zweiter);
        }
        if let Some(b) = &a.beschaeftigung {
            self.beschaeftigung(&path.key("beschaeftigung"), b, birth);
        }
    }

    fn personendaten(&mut self, path: &Path<'_>, p: &Personendaten) {
        self.enumeration(&path.key("anrede"), p.anrede.as_ref());
        self.enumeration(&path.key("familienstand"), p.familienstand.as_ref());
        self.enum_list(&path.key("titel"), p.titel.as_ref());
        self.country(&path.key("geburtsland"), p.geburtsland.as_ref());
        self.email(&path.key("email"), p.email.as_deref());
        self.phone(&path.key("telefonPrivat"), p.telefon_privat.as_deref());
        self.phone(
            &path.key("telefonGeschaeftlich"),
            p.telefon_geschaeftlich.as_deref(),
        );
        let gpath = path.key("geburtsdatum");
        if let Some(birth) = p.geburtsdatum {
            if birth > self.today {
                self.fehler(&gpath, "Das Geburtsdatum liegt in der Zukunft.");
            } else if self.today.years_since(birth).is_some_and(|y| y > 120) {
                self.fehler(&gpath, "Das Geburtsdatum liegt mehr als 120 Jahre zurück.");
            } else if self.today.years_since(birth).is_some_and(|y| y < 18) {
                self.hinweis(&gpath, "Der Antragsteller ist noch nicht volljährig.");
            }
        }
    }

    fn herkunft(&mut self, path: &Path<'_>, h: &Herkunft, birth: Option<NaiveDate>) {
        self.enumeration(&path.key("aufenthaltstitel"), h.aufenthaltstitel.as_ref());
        self.country(
            &path.key("staatsangehoerigkeit"),
            h.staatsangehoerigkeit.as_ref(),
        );
        for (i, c) in h
            .weitere_staatsangehoerigkeiten
            .iter()
            .flatten()
            .enumerate()
        {
            self.country(&path.item("weitereStaatsangehoerigkeiten", i), Some(c));
        }
        self.life_date(
            &path.key("inDeutschlandSeit"),
            "Das Datum „in Deutschland seit“",
            h.in_deutschland_seit,
            birth,
        );
        if let Some(id) = h.steuer_id.as_deref()
            && !is_steuer_id(id)
        {
            self.fehler_of(
                FindingKind::Checksum,
                &path.key("steuerId"),
                format!(
                    "`{id}` ist keine gültige Steuer-ID (elf Ziffern mit gültiger Prüfziffer)."
                ),
            );
        }
        for (key, label, date) in [
            (
                "aufenthaltBefristetBis",
                "Der Aufenthaltstitel",
                h.aufenthalt_befristet_bis,
            ),
            (
                "arbeitserlaubnisBefristetBis",
                "Die Arbeitserlaubnis",
                h.arbeitserlaubnis_befristet_bis,
            ),
        ] {
            if date.is_some_and(|d| d < self.today) {
                self.hinweis(&path.key(key), format!("{label} ist bereits abgelaufen."));
            }
        }
        if h.arbeitserlaubnis_vorhanden == Some(false) && h.arbeitserlaubnis_befristet_bis.is_some()
        {
            self.hinweis(
                &path.key("arbeitserlaubnisBefristetBis"),
                "Befristung der Arbeitserlaubnis angegeben, obwohl keine Arbeitserlaubnis vorhanden ist.",
            );
        }
    }

    fn wohnsituation(
        &mut self,
        path: &Path<'_>,
        w: &Wohnsituation,
        birth: Option<NaiveDate>,
        zweiter: bool,
    ) {
        self.enumeration(&path.key("wohnart"), w.wohnart.as_ref());
        if let Some(n) = w.anzahl_personen_im_haushalt
            && n < 1
        {
            self.fehler(
                &path.key("anzahlPersonenImHaushalt"),
                "Im Haushalt lebt mindestens eine Person.",
            );
        }
        self.count(&path.key("anzahlPkw"), w.anzahl_pkw);
        if !zweiter && w.gemeinsamer_haushalt.is_some() {
            self.hinweis(
                &path.key("gemeinsamerHaushalt"),
                "„Gemeinsamer Haushalt“ gilt nur für Antragsteller 2; die API ignoriert den Wert bei Antragsteller 1.",
            );
        }
        for (key, address) in [
            ("anschrift", &w.anschrift),
            ("voranschrift", &w.voranschrift),
        ] {
            if let Some(a) = address {
                let p = path.key(key);
                self.plz(&p.key("plz"), a.plz.as_deref(), a.land.as_ref());
                self.country(&p.key("land"), a.land.as_ref());
                self.life_date(
                    &p.key("wohnhaftSeit"),
                    "Das Einzugsdatum",
                    a.wohnhaft_seit,
                    birth,
                );
            }
        }
        let seit = w.anschrift.as_ref().and_then(|a| a.wohnhaft_seit);
        if let (Some(seit), Some(_)) = (seit, &w.voranschrift) {
            let three_years_ago = self
                .today
                .checked_sub_months(Months::new(36))
                .unwrap_or(self.today);
            if seit <= three_years_ago {
                self.hinweis(
                    &path.key("voranschrift"),
                    "Die Voranschrift wird nur gebraucht, wenn die aktuelle Anschrift jünger als 3 Jahre ist; die API ignoriert sie.",
                );
            }
            let vor = w.voranschrift.as_ref().and_then(|v| v.wohnhaft_seit);
            self.ordered(
                &path.key("voranschrift").key("wohnhaftSeit"),
                vor,
                Some(seit),
                "Der Einzug in die Voranschrift liegt nach dem Einzug in die aktuelle Anschrift.",
            );
        }
    }

    fn beschaeftigung(&mut self, path: &Path<'_>, b: &Beschaeftigung, birth: Option<NaiveDate>) {
        let art_path = path.key("beschaeftigungsart");
        self.enumeration(&art_path, b.beschaeftigungsart.as_ref());
        let present: [(&str, Option<Beschaeftigungsart>); 8] = [
            (
                "angestellter",
                b.angestellter
                    .as_ref()
                    .map(|_| Beschaeftigungsart::Angestellter),
            ),
            (
                "arbeiter",
                b.arbeiter.as_ref().map(|_| Beschaeftigungsart::Arbeiter),
            ),
            (
                "arbeitsloser",
                b.arbeitsloser
                    .as_ref()
                    .map(|_| Beschaeftigungsart::Arbeitsloser),
            ),
            (
                "beamter",
                b.beamter.as_ref().map(|_| Beschaeftigungsart::Beamter),
            ),
            (
                "freiberufler",
                b.freiberufler
                    .as_ref()
                    .map(|_| Beschaeftigungsart::Freiberufler),
            ),
            (
                "hausfrau",
                b.hausfrau.as_ref().map(|_| Beschaeftigungsart::Hausfrau),
            ),
            (
                "rentner",
                b.rentner.as_ref().map(|_| Beschaeftigungsart::Rentner),
            ),
            (
                "selbststaendiger",
                b.selbststaendiger
                    .as_ref()
                    .map(|_| Beschaeftigungsart::Selbststaendiger),
            ),
        ];
        let art = b.beschaeftigungsart.as_ref();
        match art {
            None if present.iter().any(|(_, p)| p.is_some()) => self.fehler_of(
                FindingKind::Required,
                &art_path,
                "Die Beschäftigungsart fehlt; ohne sie verwirft die API alle Angaben zur Beschäftigung.",
            ),
            Some(a) if a.is_known() && !present.iter().any(|(_, p)| p.as_ref() == Some(a)) => self.hinweis(
                &art_path,
                format!(
                    "Zur Beschäftigungsart {a} fehlen die Angaben im Feld `{}`.",
                    a.as_str().to_lowercase()
                ),
            ),
            _ => {}
        }
        if let Some(a) = art.filter(|a| a.is_known()) {
            for (key, p) in &present {
                if p.as_ref().is_some_and(|p| p != a) {
                    self.hinweis(
                        &path.key(key),
                        format!("Passt nicht zur Beschäftigungsart {a}; die API ignoriert diese Angaben."),
                    );
                }
            }
        }
        for (key, v) in [("angestellter", &b.angestellter), ("arbeiter", &b.arbeiter)] {
            if let Some(v) = v {
                self.angestellter(&path.key(key), v, birth);
            }
        }
        if let Some(v) = &b.beamter {
            let p = path.key("beamter");
            if let Some(bv) = &v.beschaeftigungsverhaeltnis {
                let q = p.key("beschaeftigungsverhaeltnis");
                self.firma(&q.key("arbeitgeber"), bv.arbeitgeber.as_ref());
                self.amount(
                    &q.key("nettoeinkommenMonatlich"),
                    bv.nettoeinkommen_monatlich,
                );
                self.life_date(
                    &q.key("beschaeftigtSeit"),
                    "Der Beschäftigungsbeginn",
                    bv.beschaeftigt_seit,
                    birth,
                );
                self.life_date(
                    &q.key("verbeamtetSeit"),
                    "Das Datum „verbeamtet seit“",
                    bv.verbeamtet_seit,
                    birth,
                );
            }
            self.vorherige(&p, v.vorheriges_beschaeftigungsverhaeltnis.as_ref(), birth);
        }
        for (key, v) in [
            (
                "arbeitsloser",
                b.arbeitsloser
                    .as_ref()
                    .and_then(|a| a.sonstiges_einkommen_monatlich),
            ),
            (
                "hausfrau",
                b.hausfrau
                    .as_ref()
                    .and_then(|h| h.sonstiges_einkommen_monatlich),
            ),
        ] {
            self.amount(&path.key(key).key("sonstigesEinkommenMonatlich"), v);
        }
        for (key, v) in [
            ("freiberufler", &b.freiberufler),
            ("selbststaendiger", &b.selbststaendiger),
        ] {
            if let Some(s) = v {
                let p = path.key(key);
                self.firma(&p.key("firma"), s.firma.as_ref());
                self.life_date(
                    &p.key("selbststaendigSeit"),
                    "Der Beginn der Selbstständigkeit",
                    s.selbststaendig_seit,
                    birth,
                );
                // Income of the self-employed may be a loss; taxes and depreciation may not.
                self.amounts(
                    &p,
                    &[
                        (
                            "einkommenssteuerLaufendesJahr",
                            s.einkommenssteuer_laufendes_jahr,
                        ),
                        (
                            "einkommenssteuerLetztesJahr",
                            s.einkommenssteuer_letztes_jahr,
                        ),
                        ("einkommenssteuerVor2Jahren", s.einkommenssteuer_vor2_jahren),
                        ("einkommenssteuerVor3Jahren", s.einkommenssteuer_vor3_jahren),
                        (
                            "abschreibungenLaufendesJahr",
                            s.abschreibungen_laufendes_jahr,
                        ),
                        ("abschreibungenLetztesJahr", s.abschreibungen_letztes_jahr),
                        ("abschreibungenVor2Jahren", s.abschreibungen_vor2_jahren),
                        ("abschreibungenVor3Jahren", s.abschreibungen_vor3_jahren),
                    ],
                );
            }
        }
        if let Some(r) = &b.rentner {
            let p = path.key("rentner");
            self.amount(
                &p.key("staatlicheRenteMonatlich"),
                r.staatliche_rente_monatlich,
            );
            self.life_date(
                &p.key("rentnerSeit"),
                "Der Rentenbeginn",
                r.rentner_seit,
                birth,
            );
            if let Some(v) = &r.rentenversicherung {
                self.anschrift(
                    &p.key("rentenversicherung").key("anschrift"),
                    v.anschrift.as_ref(),
                );
            }
        }
    }

    fn angestellter(&mut self, path: &Path<'_>, a: &Angestellter, birth: Option<NaiveDate>) {
        if let Some(bv) = &a.beschaeftigungsverhaeltnis {
            let q = path.key("beschaeftigungsverhaeltnis");
            self.firma(&q.key("arbeitgeber"), bv.arbeitgeber.as_ref());
            self.enumeration(&q.key("befristung"), bv.befristung.as_ref());
            self.amount(
                &q.key("nettoeinkommenMonatlich"),
                bv.nettoeinkommen_monatlich,
            );
            self.life_date(
                &q.key("beschaeftigtSeit"),
                "Der Beschäftigungsbeginn",
                bv.beschaeftigt_seit,
                birth,
            );
            if bv.befristung == Some(Befristung::Unbefristet) && bv.befristet_bis.is_some() {
                self.hinweis(
                    &q.key("befristetBis"),
                    "Das Beschäftigungsverhältnis ist unbefristet; das Datum „befristet bis“ wird ignoriert.",
                );
            }
            self.ordered(
                &q.key("befristetBis"),
                bv.beschaeftigt_seit,
                bv.befristet_bis,
                "Das Ende der Befristung liegt vor dem Beschäftigungsbeginn.",
            );
        }
        self.vorherige(
            path,
            a.vorheriges_beschaeftigungsverhaeltnis.as_ref(),
            birth,
        );
    }

    fn vorherige(
        &mut self,
        path: &Path<'_>,
        v: Option<&VorherigesBeschaeftigungsverhaeltnis>,
        birth: Option<NaiveDate>,
    ) {
        let Some(v) = v else { return };
        let q = path.key("vorherigesBeschaeftigungsverhaeltnis");
        self.firma(&q.key("arbeitgeber"), v.arbeitgeber.as_ref());
        self.life_date(
            &q.key("beschaeftigtSeit"),
            "Der Beschäftigungsbeginn",
            v.beschaeftigt_seit,
            birth,
        );
        self.life_date(
            &q.key("beschaeftigtBis"),
            "Das Beschäftigungsende",
            v.beschaeftigt_bis,
            birth,
        );
        self.ordered(
            &q.key("beschaeftigtBis"),
            v.beschaeftigt_seit,
            v.beschaeftigt_bis,
            "Das Ende der vorherigen Beschäftigung liegt vor ihrem Beginn.",
        );
    }

    /// The `gehoertZuAntragsteller` of a household position.
    fn zugehoerigkeit(
        &mut self,
        path: &Path<'_>,
        z: Option<&Antragstellerzugehoerigkeit>,
        zwei: bool,
        einzeln: bool,
    ) {
        let path = path.key("gehoertZuAntragsteller");
        self.enumeration(&path, z);
        match z {
            Some(Antragstellerzugehoerigkeit::Beide) if einzeln => self.fehler(
                &path,
                "Diese Position gehört genau einem Antragsteller; BEIDE verarbeitet die API hier nicht.",
            ),
            Some(Antragstellerzugehoerigkeit::Antragsteller2 | Antragstellerzugehoerigkeit::Beide) if !zwei => {
                self.hinweis(&path, "Die Position gehört zu Antragsteller 2, der Vorgang hat aber keinen.")
            }
            _ => {}
        }
    }

    fn haushalt(&mut self, h: &Haushalt, zwei: bool) {
        let base = Path::root("haushalt");
        if let Some(a) = &h.ausgaben {
            let p = base.key("ausgaben");
            for (key, list, einzeln) in [
                ("mietausgaben", &a.mietausgaben, false),
                (
                    "privateKrankenversicherungen",
                    &a.private_krankenversicherungen,
                    true,
                ),
                (
                    "unterhaltsverpflichtungen",
                    &a.unterhaltsverpflichtungen,
                    true,
                ),
                ("sonstigeAusgaben", &a.sonstige_ausgaben, false),
            ] {
                self.betraege(&p.key(key), list.as_deref(), zwei, einzeln);
            }
        }
        if let Some(e) = &h.einnahmen {
            let p = base.key("einnahmen");
            for (key, list) in [
                ("ehegattenunterhalt", &e.ehegattenunterhalt),
                (
                    "einkuenfteAusKapitalvermoegen",
                    &e.einkuenfte_aus_kapitalvermoegen,
                ),
                ("sonstigeEinnahmen", &e.sonstige_einnahmen),
                ("unbefristeteZusatzrenten", &e.unbefristete_zusatzrenten),
            ] {
                self.betraege(&p.key(key), list.as_deref(), zwei, true);
            }
            for (i, n) in e
                .einkuenfte_aus_nebentaetigkeit
                .iter()
                .flatten()
                .enumerate()
            {
                let q = p.item("einkuenfteAusNebentaetigkeit", i);
                self.zugehoerigkeit(&q, n.gehoert_zu_antragsteller.as_ref(), zwei, true);
                self.amount(&q.key("betragMonatlich"), n.betrag_monatlich);
                self.past(
                    &q.key("beginnDerTaetigkeit"),
                    "Der Beginn der Nebentätigkeit",
                    n.beginn_der_taetigkeit,
                );
            }
        }
        if let Some(v) = &h.verbindlichkeiten {
            self.verbindlichkeiten(&base.key("verbindlichkeiten"), v, zwei);
        }
        if let Some(v) = &h.vermoegen {
            let p = base.key("vermoegen");
            for (key, list) in [
                ("bankUndSparguthaben", &v.bank_und_sparguthaben),
                ("depotvermoegen", &v.depotvermoegen),
                ("sonstigeVermoegenswerte", &v.sonstige_vermoegenswerte),
            ] {
                for (i, g) in list.iter().flatten().enumerate() {
                    let q = p.item(key, i);
                    self.zugehoerigkeit(&q, g.gehoert_zu_antragsteller.as_ref(), zwei, false);
                    self.amount(&q.key("betrag"), g.betrag);
                }
            }
            for (i, b) in v.bausparvertraege.iter().flatten().enumerate() {
                let q = p.item("bausparvertraege", i);
                self.zugehoerigkeit(&q, b.gehoert_zu_antragsteller.as_ref(), zwei, false);
                self.amounts(
                    &q,
                    &[
                        ("angesparterBetrag", b.angesparter_betrag),
                        ("sparbeitragMonatlich", b.sparbeitrag_monatlich),
                    ],
                );
            }
            for (i, l) in v.lebensversicherungen.iter().flatten().enumerate() {
                let q = p.item("lebensversicherungen", i);
                self.zugehoerigkeit(&q, l.gehoert_zu_antragsteller.as_ref(), zwei, false);
                self.amounts(
                    &q,
                    &[
                        ("praemieMonatlich", l.praemie_monatlich),
                        ("rueckkaufswert", l.rueckkaufswert),
                    ],
                );
            }
        }
        for (i, im) in h.immobilien.iter().flatten().enumerate() {
            self.immobilie(&base.item("immobilien", i), im, zwei);
        }
        for (i, k) in h.kinder.iter().flatten().enumerate() {
            let q = base.item("kinder", i);
            self.zugehoerigkeit(&q, k.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.enumeration(&q.key("kindergeldFuer"), k.kindergeld_fuer.as_ref());
            self.amount(
                &q.key("unterhaltseinnahmenMonatlich"),
                k.unterhaltseinnahmen_monatlich,
            );
        }
        if let Some(k) = &h.kontoverbindung {
            let q = base.key("kontoverbindung");
            self.zugehoerigkeit(&q, k.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.iban(&q.key("iban"), k.iban.as_deref());
            self.bic(&q.key("bic"), k.bic.as_deref());
        }
    }

    fn betraege(
        &mut self,
        path: &Path<'_>,
        list: Option<&[MonatlicherBetrag]>,
        zwei: bool,
        einzeln: bool,
    ) {
        for (i, b) in list.into_iter().flatten().enumerate() {
            let q = path.index(i);
            self.zugehoerigkeit(&q, b.gehoert_zu_antragsteller.as_ref(), zwei, einzeln);
            self.amount(&q.key("betragMonatlich"), b.betrag_monatlich);
        }
    }

    fn verbindlichkeiten(&mut self, p: &Path<'_>, v: &Verbindlichkeiten, zwei: bool) {
        for (i, d) in v.dispositionskredite.iter().flatten().enumerate() {
            let q = p.item("dispositionskredite", i);
            self.zugehoerigkeit(&q, d.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.iban(&q.key("iban"), d.iban.as_deref());
            self.bic(&q.key("bic"), d.bic.as_deref());
            self.rahmen(&q, d.beanspruchter_betrag, d.verfuegungsrahmen, d.zinssatz);
        }
        for (i, k) in v.kontokorrentkredite.iter().flatten().enumerate() {
            let q = p.item("kontokorrentkredite", i);
            self.zugehoerigkeit(&q, k.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.rahmen(&q, k.beanspruchter_betrag, k.verfuegungsrahmen, k.zinssatz);
        }
        for (i, k) in v.kreditkarten.iter().flatten().enumerate() {
            let q = p.item("kreditkarten", i);
            self.zugehoerigkeit(&q, k.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.iban(&q.key("iban"), k.iban.as_deref());
            self.bic(&q.key("bic"), k.bic.as_deref());
            self.rahmen(&q, k.beanspruchter_betrag, k.verfuegungsrahmen, k.zinssatz);
            self.amount(&q.key("rateMonatlich"), k.rate_monatlich);
        }
        for (i, l) in v.leasings.iter().flatten().enumerate() {
            let q = p.item("leasings", i);
            self.zugehoerigkeit(&q, l.gehoert_zu_antragsteller.as_ref(), zwei, false);
            self.amounts(
                &q,
                &[
                    ("rateMonatlich", l.rate_monatlich),
                    ("schlussrate", l.schlussrate),
                ],
            );
        }
        for (key, list) in [
            ("geschaeftskredite", &v.geschaeftskredite),
            ("ratenkredite", &v.ratenkredite),
            ("sonstigeVerbindlichkeiten", &v.sonstige_verbindlichkeiten),
        ] {
            for (i, r) in list.iter().flatten().enumerate() {
                let q = p.item(key, i);
                self.zugehoerigkeit(&q, r.gehoert_zu_antragsteller.as_ref(), zwei, false);
                self.iban(&q.key("iban"), r.iban.as_deref());
                self.bic(&q.key("bic"), r.bic.as_deref());
                self.amounts(
                    &q,
                    &[
                        ("rateMonatlich", r.rate_monatlich),
                        ("restschuld", r.restschuld),
                        ("schlussrate", r.schlussrate),
                        (
                            "urspruenglicherKreditbetrag",
                            r.urspruenglicher_kreditbetrag,
                        ),
                    ],
                );
                self.ordered(
                    &q.key("datumLetzteRate"),
                    r.datum_erste_zahlung,
                    r.datum_letzte_rate,
                    "Die letzte Rate liegt vor der ersten Zahlung.",
                );
                if let (Some(rest), Some(ur)) = (r.restschuld, r.urspruenglicher_kreditbetrag)
                    && rest > ur
                {
                    self.hinweis(
                        &q.key("restschuld"),
                        "Die Restschuld ist höher als der ursprüngliche Kreditbetrag.",
                    );
                }
            }
        }
    }

    /// A credit line: amounts not negative, drawn within the limit, interest plausible.
    fn rahmen(
        &mut self,
        q: &Path<'_>,
        beansprucht: Option<Decimal>,
        rahmen: Option<Decimal>,
        zins: Option<Decimal>,
    ) {
        self.amounts(
            q,
            &[
                ("beanspruchterBetrag", beansprucht),
                ("verfuegungsrahmen", rahmen),
                ("zinssatz", zins),
            ],
        );
        if let (Some(b), Some(r)) = (beansprucht, rahmen)
            && b > r
        {
            self.hinweis(
                &q.key("beanspruchterBetrag"),
                "Der beanspruchte Betrag übersteigt den Verfügungsrahmen.",
            );
        }
        if zins.is_some_and(|z| z > Decimal::from(30)) {
            self.hinweis(
                &q.key("zinssatz"),
                "Ein Zinssatz über 30 % ist unüblich; bitte prüfen (Angabe in Prozent).",
            );
        }
    }

    fn immobilie(&mut self, q: &Path<'_>, im: &Immobilie, zwei: bool) {
        self.zugehoerigkeit(q, im.gehoert_zu_antragsteller.as_ref(), zwei, false);
        self.enumeration(&q.key("immobilienart"), im.immobilienart.as_ref());
        self.enumeration(&q.key("nutzungsart"), im.nutzungsart.as_ref());
        self.amounts(
            q,
            &[
                (
                    "mieteinnahmenKaltMonatlich",
                    im.mieteinnahmen_kalt_monatlich,
                ),
                (
                    "mieteinnahmenWarmMonatlich",
                    im.mieteinnahmen_warm_monatlich,
                ),
                ("nebenkostenMonatlich", im.nebenkosten_monatlich),
                ("wert", im.wert),
            ],
        );
        if im.wohnflaeche.is_some_and(|w| w <= 0) {
            self.fehler(
                &q.key("wohnflaeche"),
                "Die Wohnfläche muss größer als 0 sein.",
            );
        }
        self.count(&q.key("vermieteteWohnflaeche"), im.vermietete_wohnflaeche);
        if let (Some(v), Some(w)) = (im.vermietete_wohnflaeche, im.wohnflaeche)
            && v > w
        {
            self.fehler(
                &q.key("vermieteteWohnflaeche"),
                "Die vermietete Wohnfläche ist größer als die Wohnfläche.",
            );
        }
        let mieteinnahmen =
            im.mieteinnahmen_kalt_monatlich.is_some() || im.mieteinnahmen_warm_monatlich.is_some();
        if im.nutzungsart == Some(Nutzungsart::Eigengenutzt) && mieteinnahmen {
            self.hinweis(
                &q.key("nutzungsart"),
                "Die Immobilie ist eigengenutzt, hat aber Mieteinnahmen; bitte Nutzungsart prüfen.",
            );
        }
        for (i, d) in im.darlehen.iter().flatten().enumerate() {
            let r = q.item("darlehen", i);
            self.amounts(
                &r,
                &[
                    ("restschuld", d.restschuld),
                    ("rateMonatlich", d.rate_monatlich),
                ],
            );
        }
    }

    fn finanzbedarf(&mut self, f: &Finanzbedarf, zwei: bool) {
        let p = Path::root("finanzbedarf");
        self.enumeration(&p.key("finanzierungszweck"), f.finanzierungszweck.as_ref());
        if let Some(k) = &f.fahrzeugkauf {
            let q = p.key("fahrzeugkauf");
            if f.finanzierungszweck != Some(Finanzierungszweck::Fahrzeugkauf) {
                self.hinweis(
                    &q,
                    "Der Fahrzeugkauf wird nur verarbeitet, wenn der Finanzierungszweck FAHRZEUGKAUF ist; die API ignoriert ihn.",
                );
            }
            self.enumeration(&q.key("anbieter"), k.anbieter.as_ref());
            self.amounts(
                &q,
                &[
                    ("beglicheneKosten", k.beglichene_kosten),
                    ("kaufpreis", k.kaufpreis),
                ],
            );
            self.past(
                &q.key("erstzulassungsdatum"),
                "Die Erstzulassung",
                k.erstzulassungsdatum,
            );
            for (key, v) in [("kw", k.kw), ("ps", k.ps), ("laufleistung", k.laufleistung)] {
                if v.is_some_and(|v| v < 0) {
                    self.fehler(&q.key(key), "Der Wert darf nicht negativ sein.");
                }
            }
            if let (Some(kw), Some(ps)) = (k.kw, k.ps) {
                // 1 kW = 1.36 PS; allow rounding in either field.
                let expected = f64::from(kw) * 1.359_62;
                if (f64::from(ps) - expected).abs() > 2.0 + expected * 0.02 {
                    self.hinweis(
                        &q.key("ps"),
                        format!("{ps} PS passen nicht zu {kw} kW (1 kW ≈ 1,36 PS)."),
                    );
                }
            }
            if let (Some(b), Some(k)) = (k.beglichene_kosten, k.kaufpreis)
                && b > k
            {
                self.hinweis(
                    &q.key("beglicheneKosten"),
                    "Die beglichenen Kosten übersteigen den Kaufpreis.",
                );
            }
        }
        if let Some(w) = &f.finanzierungswunsch {
            self.finanzierungswunsch(&p.key("finanzierungswunsch"), w);
        }
        if let Some(r) = &f.ratenschutz {
            let q = p.key("ratenschutz");
            self.enum_list(
                &q.key("versicherteRisikenAntragsteller1"),
                r.versicherte_risiken_antragsteller1.as_ref(),
            );
            self.enum_list(
                &q.key("versicherteRisikenAntragsteller2"),
                r.versicherte_risiken_antragsteller2.as_ref(),
            );
            if !zwei
                && r.versicherte_risiken_antragsteller2
                    .as_ref()
                    .is_some_and(|v| !v.is_empty())
            {
                self.hinweis(
                    &q.key("versicherteRisikenAntragsteller2"),
                    "Risiken für Antragsteller 2 angegeben, der Vorgang hat aber keinen; die API ignoriert sie.",
                );
            }
            let risiken = r
                .versicherte_risiken_antragsteller1
                .iter()
                .chain(&r.versicherte_risiken_antragsteller2)
                .any(|v| !v.is_empty());
            for (key, v) in [
                ("ratenschutzAntragsteller1", &f.ratenschutz_antragsteller1),
                ("ratenschutzAntragsteller2", &f.ratenschutz_antragsteller2),
            ] {
                if risiken && v.is_some() {
                    self.hinweis(
                        &p.key(key),
                        "Wird nur verarbeitet, wenn keine versicherten Risiken (ratenschutz) angegeben sind; die API ignoriert es.",
                    );
                }
            }
        }
        if !zwei && f.ratenschutz_antragsteller2.is_some() {
            self.hinweis(
                &p.key("ratenschutzAntragsteller2"),
                "Ratenschutz für Antragsteller 2 angegeben, der Vorgang hat aber keinen; die API ignoriert ihn.",
            );
        }
    }

    fn finanzierungswunsch(&mut self, q: &Path<'_>, w: &Finanzierungswunsch) {
        self.enumeration(
            &q.key("ratenzahlungstermin"),
            w.ratenzahlungstermin.as_ref(),
        );
        if w.kreditbetrag.is_some_and(|k| k <= Decimal::ZERO) {
            self.fehler(
                &q.key("kreditbetrag"),
                "Der Kreditbetrag muss größer als 0 sein.",
            );
        } else if w.kreditbetrag.is_some_and(|k| k > Decimal::from(500_000)) {
            self.hinweis(
                &q.key("kreditbetrag"),
                "Ein Ratenkredit über 500.000 € ist unüblich; bitte Betrag prüfen.",
            );
        }
        match w.laufzeit_in_monaten {
            Some(l) if l <= 0 => self.fehler(
                &q.key("laufzeitInMonaten"),
                "Die Laufzeit muss mindestens einen Monat betragen.",
            ),
            Some(l) if l > 120 => self.hinweis(
                &q.key("laufzeitInMonaten"),
                "Eine Laufzeit über 120 Monate ist bei Ratenkrediten unüblich; bitte prüfen.",
            ),
            _ => {}
        }
        if w.rate_monatlich.is_some_and(|r| r <= Decimal::ZERO) {
            self.fehler(
                &q.key("rateMonatlich"),
                "Die Monatsrate muss größer als 0 sein.",
            );
        }
        self.amount(
            &q.key("provisionswunschInProzent"),
            w.provisionswunsch_in_prozent,
        );
        if w.provisionswunsch_in_prozent
            .is_some_and(|p| p > Decimal::from(100))
        {
            self.fehler(
                &q.key("provisionswunschInProzent"),
                "Der Provisionswunsch liegt über 100 %.",
            );
        }
        if let (Some(k), Some(l), Some(r)) =
            (w.kreditbetrag, w.laufzeit_in_monaten, w.rate_monatlich)
            && k > Decimal::ZERO
            && l > 0
            && r > Decimal::ZERO
            && r.checked_mul(Decimal::from(l))
                .is_some_and(|total| total < k)
        {
            self.hinweis(
                    &q.key("rateMonatlich"),
                    "Rate × Laufzeit ist kleiner als der Kreditbetrag; Rate, Laufzeit und Betrag passen nicht zusammen.",
                );
        }
    }
}

/// A plausible phone number: at least 6 digits, only digits and common separators, an
/// optional leading `+`. Placeholders such as `0612-298-xxxx` in the spec examples count.
pub(crate) fn is_phone(v: &str) -> bool {
    let body = v.strip_prefix('+').unwrap_or(v);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let placeholders = body.chars().filter(|c| *c == 'x' || *c == 'X').count();
    digits + placeholders >= 6
        && digits >= 3
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')' | 'x' | 'X'))
}

/// A BIC: 4 letters bank, ISO country, 2 alphanumerics location, optional 3 branch.
pub(crate) fn is_bic(v: &str) -> bool {
    let b = v.as_bytes();
    // All bytes ASCII before slicing the country code, so the slice is on char boundaries.
    (b.len() == 8 || b.len() == 11)
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && b[..4].iter().all(u8::is_ascii_uppercase)
        && crate::country::is_iso_alpha2(&v[4..6])
}

/// A German Steuer-ID: 11 digits, no leading zero, check digit per ISO 7064 MOD 11,10.
pub(crate) fn is_steuer_id(v: &str) -> bool {
    let digits: Vec<u32> = v
        .chars()
        .filter(|c| *c != ' ')
        .map_while(|c| c.to_digit(10))
        .collect();
    if digits.len() != 11 || v.chars().filter(|c| *c != ' ').count() != 11 || digits[0] == 0 {
        return false;
    }
    let mut product = 10;
    for d in &digits[..10] {
        let mut sum = (d + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == digits[10]
}

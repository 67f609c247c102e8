//! Findings for a Dr. Klein lead: everything the KEX import checks, plus the Tippgeber
//! person, the Vertriebsschlüssel and the custom data.

use std::collections::HashSet;

use chrono::{Local, NaiveDate};

use super::model::Lead;
use crate::finding::{Finding, FindingKind, Path};
use crate::kex_import::{Checker, Parts};

/// Findings for `lead`, judged against today's date.
pub fn validate(lead: &Lead) -> Vec<Finding> {
    validate_on(lead, Local::now().date_naive())
}

/// Findings for `lead`, judged against `today`.
pub fn validate_on(lead: &Lead, today: NaiveDate) -> Vec<Finding> {
    let mut c = Checker::new(today);
    c.partner_required(&Path::root("kundenbetreuer"), lead.kundenbetreuer.as_ref());
    c.partner(&Path::root("bearbeiter"), lead.bearbeiter.as_ref());
    if let Some(t) = &lead.tippgeber {
        let path = Path::root("tippgeber");
        c.enumeration(&path.key("anrede"), t.anrede.as_ref());
        c.email(&path.key("email"), t.email.as_deref());
        c.phone(&path.key("telefon"), t.telefon.as_deref());
        if t.nachname.as_deref().is_none_or(|n| n.trim().is_empty()) {
            c.hinweis(
                &path.key("nachname"),
                "Ohne Nachnamen kann Dr. Klein den Tippgeber nicht als Partner anlegen.",
            );
        }
    }
    if let Some(p) = &lead.partner
        && p.vertriebsschluessel
            .as_deref()
            .is_none_or(|v| v.trim().is_empty())
    {
        c.fehler_of(
            FindingKind::Required,
            &Path::root("partner").key("vertriebsschlüssel"),
            "Der Vertriebsschlüssel des Partners fehlt.",
        );
    }
    let mut seen = HashSet::new();
    for (i, d) in lead.data.iter().flatten().enumerate() {
        match d.key.as_deref().map(str::trim) {
            None | Some("") => c.fehler_of(
                FindingKind::Required,
                &Path::root("data").index(i).key("key"),
                "Der Schlüssel fehlt; ohne ihn kann Dr. Klein den Wert nicht zuordnen.",
            ),
            Some(key) if !seen.insert(key) => c.hinweis(
                &Path::root("data").index(i).key("key"),
                format!("Der Schlüssel `{key}` kommt mehrfach vor."),
            ),
            Some(_) => {}
        }
        if d.value.is_none() {
            c.hinweis(
                &Path::root("data").index(i).key("value"),
                "Zu diesem Schlüssel fehlt der Wert.",
            );
        }
    }
    c.parts(&Parts {
        antragsteller1: lead.antragsteller1.as_ref(),
        antragsteller2: lead.antragsteller2.as_ref(),
        haushalt: lead.haushalt.as_ref(),
        finanzbedarf: lead.finanzbedarf.as_ref(),
    });
    c.findings
}

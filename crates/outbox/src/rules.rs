//! The send rules the app and the command line share: a lead with Fehler is not sent unless
//! the user overrides, and an override names what the API will drop or refuse. For a draft the
//! override and that list are recorded in its history before it is queued.
//!
//! A Baufinanzierung (Kundenangaben) goes to Produktion only once the Berater has confirmed
//! that the customer received the Berater's privacy statement (the spec makes it a must): the
//! command line asks for it on every call, a draft once, recorded in its history.

use europace::environment::Environment;
use europace::finding::{Finding, Severity};
use europace::lead::LeadKind;
use serde_json::Value;
use store::{DraftId, Store, StoreError};

/// A lead that may be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleared {
    /// Every finding, Hinweise included.
    pub findings: Vec<Finding>,
    /// The Fehler sent anyway, each as "path: message". Empty unless overridden.
    pub lost: Vec<String>,
}

/// A lead with Fehler and no override: it is not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Nicht gesendet: {fehler} Fehler.")]
pub struct Blocked {
    /// Every finding, Hinweise included.
    pub findings: Vec<Finding>,
    /// How many of them are Fehler.
    pub fehler: usize,
}

/// A Kundenangaben lead for Produktion without the Berater's confirmation that the customer
/// received the privacy statement: it is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "Nicht gesendet: Vor dem ersten Senden einer Baufinanzierung an Produktion muss der Berater \
     bestätigen, dass der Kunde die Datenschutzhinweise des Beraters erhalten hat."
)]
pub struct DatenschutzhinweisFehlt;

/// Why a draft was not cleared for sending.
#[derive(Debug, thiserror::Error)]
pub enum DraftNotCleared {
    /// Fehler and no override.
    #[error(transparent)]
    Blocked(#[from] Blocked),
    /// Produktion, and the privacy statement not confirmed.
    #[error(transparent)]
    DatenschutzhinweisFehlt(#[from] DatenschutzhinweisFehlt),
    /// The override could not be recorded.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The rules applied to a lead `body` (raw JSON, so unknown properties count) of `kind`.
pub fn clear(kind: LeadKind, body: &str, override_fehler: bool) -> Result<Cleared, Blocked> {
    let findings = kind.validate_json(body);
    let lost: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Fehler)
        .map(|f| format!("{}: {}", f.path, f.message))
        .collect();
    if !lost.is_empty() && !override_fehler {
        return Err(Blocked {
            fehler: lost.len(),
            findings,
        });
    }
    Ok(Cleared { findings, lost })
}

/// [`clear`] for the draft `id` with its `kind` and `content`; an override is recorded with
/// its loss list.
pub fn clear_draft(
    store: &mut Store,
    id: DraftId,
    kind: LeadKind,
    content: &Value,
    override_fehler: bool,
) -> Result<Cleared, DraftNotCleared> {
    let cleared = clear(kind, &content.to_string(), override_fehler)?;
    if !cleared.lost.is_empty() {
        store.record_override(id, cleared.lost.clone())?;
    }
    Ok(cleared)
}

/// Whether a `kind` lead for `environment` needs the Berater's confirmation that the customer
/// received the privacy statement: Kundenangaben to Echtgeschäft.
pub fn needs_datenschutzhinweis(kind: LeadKind, environment: Environment) -> bool {
    kind.needs_datenschutzhinweis() && environment.is_produktion()
}

/// The privacy rule for one call without a draft (the command line): `erteilt` is the
/// Berater's confirmation, given with this very call.
pub fn clear_datenschutzhinweis(
    kind: LeadKind,
    environment: Environment,
    erteilt: bool,
) -> Result<(), DatenschutzhinweisFehlt> {
    if needs_datenschutzhinweis(kind, environment) && !erteilt {
        return Err(DatenschutzhinweisFehlt);
    }
    Ok(())
}

/// The privacy rule for the draft `id`: asked once per draft. A confirmation given now
/// (`erteilt`) is recorded in its history with the time; one recorded before holds for every
/// later send of the draft (a retry, a resend).
pub fn clear_draft_datenschutzhinweis(
    store: &mut Store,
    id: DraftId,
    kind: LeadKind,
    environment: Environment,
    erteilt: bool,
) -> Result<(), DraftNotCleared> {
    if !needs_datenschutzhinweis(kind, environment)
        || store.datenschutzhinweis_erteilt(id)?.is_some()
    {
        return Ok(());
    }
    clear_datenschutzhinweis(kind, environment, erteilt)?;
    store.record_datenschutzhinweis(id)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fehler_block_unless_overridden_and_then_name_what_is_lost() {
        let body = r#"{"unbekannt": 1}"#;
        let blocked = clear(LeadKind::KexImport, body, false).unwrap_err();
        assert!(blocked.fehler > 0);
        assert_eq!(
            blocked.fehler,
            blocked
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Fehler)
                .count()
        );
        let cleared = clear(LeadKind::KexImport, body, true).unwrap();
        assert_eq!(cleared.lost.len(), blocked.fehler);
        assert!(cleared.lost[0].contains("unbekannt"), "{:?}", cleared.lost);
    }

    #[test]
    fn a_lead_without_fehler_is_cleared_with_nothing_lost() {
        let body = r#"{"kundenbetreuer": {"partnerId": "ABC12"}}"#;
        let cleared = clear(LeadKind::KexImport, body, false).unwrap();
        assert!(cleared.lost.is_empty());
    }

    #[test]
    fn only_a_baufinanzierung_for_produktion_needs_the_datenschutzhinweis() {
        for kind in LeadKind::ALL {
            for environment in Environment::ALL {
                let needed =
                    kind == LeadKind::Kundenangaben && environment == Environment::Produktion;
                assert_eq!(needs_datenschutzhinweis(kind, environment), needed);
                assert_eq!(
                    clear_datenschutzhinweis(kind, environment, false).is_err(),
                    needed,
                    "{kind:?} {environment:?}"
                );
                assert_eq!(clear_datenschutzhinweis(kind, environment, true), Ok(()));
            }
        }
        let refusal = DatenschutzhinweisFehlt.to_string();
        assert!(refusal.contains("Datenschutzhinweise"), "{refusal}");
    }

    fn draft(store: &mut Store, environment: Environment) -> DraftId {
        let header = store::DraftHeader {
            kind: LeadKind::Kundenangaben,
            environment,
            title: "Mustermann, Max".to_owned(),
            berater: None,
        };
        let id = DraftId::new();
        store
            .save(id, &header, &serde_json::json!({"kundenangaben": {}}))
            .unwrap();
        id
    }

    #[test]
    fn a_draft_confirms_the_datenschutzhinweis_once_and_it_is_recorded_with_its_time() {
        let dir = tempfile::tempdir().unwrap();
        let key = store::DraftKey::generate().unwrap();
        let mut store = Store::open(dir.path().join("drafts.sqlite"), &key).unwrap();
        let id = draft(&mut store, Environment::Produktion);
        let clear = |store: &mut Store, erteilt| {
            clear_draft_datenschutzhinweis(
                store,
                id,
                LeadKind::Kundenangaben,
                Environment::Produktion,
                erteilt,
            )
        };

        assert!(matches!(
            clear(&mut store, false),
            Err(DraftNotCleared::DatenschutzhinweisFehlt(_))
        ));
        assert_eq!(store.datenschutzhinweis_erteilt(id).unwrap(), None);

        let before = chrono::Utc::now();
        clear(&mut store, true).unwrap();
        let at = store.datenschutzhinweis_erteilt(id).unwrap().unwrap();
        assert!(at >= before - chrono::Duration::seconds(1), "{at}");
        // A retry or resend of the same draft is not asked again, nor recorded twice.
        clear(&mut store, false).unwrap();
        clear(&mut store, true).unwrap();
        let recorded = store
            .get(id)
            .unwrap()
            .history
            .iter()
            .filter(|e| e.event.ok() == Some(&store::HistoryEvent::DatenschutzhinweisErteilt))
            .count();
        assert_eq!(recorded, 1);
        assert_eq!(store.datenschutzhinweis_erteilt(id).unwrap(), Some(at));

        // Another draft, even a copy of this one, is a lead of its own: asked again.
        let copy = store.duplicate(id).unwrap().id;
        assert!(matches!(
            clear_draft_datenschutzhinweis(
                &mut store,
                copy,
                LeadKind::Kundenangaben,
                Environment::Produktion,
                false
            ),
            Err(DraftNotCleared::DatenschutzhinweisFehlt(_))
        ));
        // Test is no Echtgeschäft: nothing to confirm, nothing recorded.
        let test = draft(&mut store, Environment::Test);
        clear_draft_datenschutzhinweis(
            &mut store,
            test,
            LeadKind::Kundenangaben,
            Environment::Test,
            false,
        )
        .unwrap();
        assert_eq!(store.datenschutzhinweis_erteilt(test).unwrap(), None);
    }
}

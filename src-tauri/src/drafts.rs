//! Draft commands: autosave, list, open, duplicate, delete, validate, export and import.
//! The store keeps them encrypted; these types are what the UI sees of them. Every command
//! is async so it runs off the main thread: while the keyring is slow to hand out the drafts
//! key, the window keeps painting. The UI sends one save at a time.

use europace::finding::{Finding, FindingKind};
use europace::lead::{Berater, LeadKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use store::{DraftHeader, DraftId, HistoryEvent, ListQuery, OutboxState, Part, SortKey, SortOrder};
use tauri::State;
use tauri_plugin_dialog::DialogExt;

use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;
use crate::title;

/// A draft as listed.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftListItem {
    pub id: String,
    pub kind: LeadKind,
    pub environment: Environment,
    pub state: OutboxState,
    /// Whether the content may still change (the store decides; see `OutboxState::is_editable`).
    pub editable: bool,
    /// None when the encrypted title cannot be read; the draft is listed all the same.
    pub title: Option<String>,
    pub berater: Option<Berater>,
    pub vorgangsnummer: Option<String>,
    /// The BaufiSmart case whose Kundenangaben this draft completes ("Kundenangaben
    /// ergänzen"); it is replaced there, never sent as a new lead.
    pub ergaenzt: Option<String>,
    pub revision: u32,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub updated_at: String,
}

/// One line of a draft's history, in German.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HistoryItem {
    pub at: String,
    pub text: String,
}

/// A draft opened for editing.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftDetail {
    pub item: DraftListItem,
    /// The API body as far as it can be read.
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub content: Option<Value>,
    /// Why the content cannot be read, with what is left of it, when it cannot.
    pub damaged: Option<String>,
    /// The fields the server refused when it last rejected the draft.
    pub violations: Vec<Finding>,
    pub history: Vec<HistoryItem>,
    /// For a draft that completes a case: the content as loaded from Europace, to mark the
    /// values that came from there.
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub geladen: Option<Value>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftListQuery {
    pub search: Option<String>,
    pub state: Option<OutboxState>,
    /// Sort by creation instead of last change.
    pub by_created: bool,
    pub ascending: bool,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftSaveInput {
    /// None for a new draft.
    pub id: Option<String>,
    pub kind: LeadKind,
    /// partnerId of the Berater the draft is for (from Einstellungen).
    pub berater_partner_id: Option<String>,
    /// The API body.
    #[specta(type = specta_typescript::Unknown)]
    pub content: Value,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftSaved {
    pub id: String,
    pub revision: u32,
    pub updated_at: String,
}

pub(crate) fn parse_id(id: &str) -> Result<DraftId, AppError> {
    id.parse()
        .map_err(|_| AppError::InvalidInput(format!("„{id}“ ist keine gültige Entwurfsnummer.")))
}

pub(crate) fn list_item(summary: &store::DraftSummary) -> DraftListItem {
    let meta = summary.meta.ok();
    DraftListItem {
        id: summary.id.to_string(),
        kind: summary.kind,
        environment: summary.environment,
        state: summary.state,
        editable: summary.state.is_editable(),
        title: meta.map(|m| m.title.clone()),
        berater: meta.and_then(|m| m.berater.clone()),
        vorgangsnummer: meta.and_then(|m| match &m.status {
            store::OutboxStatus::Gesendet { vorgangsnummer } => Some(vorgangsnummer.clone()),
            _ => None,
        }),
        ergaenzt: summary.ergaenzt.clone(),
        revision: u32::try_from(summary.revision).unwrap_or(u32::MAX),
        created_at: summary.created_at.to_rfc3339(),
        updated_at: summary.updated_at.to_rfc3339(),
    }
}

/// The fields the server named when it last refused the draft, as findings for the form.
pub(crate) fn server_findings(summary: &store::DraftSummary) -> Vec<Finding> {
    match summary.meta.ok().map(|m| &m.status) {
        Some(store::OutboxStatus::Abgelehnt { violations, .. }) => violations
            .iter()
            .map(|v| Finding::fehler(&v.path, &v.message).of(FindingKind::Server))
            .collect(),
        _ => Vec::new(),
    }
}

fn saved(saved: store::Saved) -> DraftSaved {
    DraftSaved {
        id: saved.id.to_string(),
        revision: u32::try_from(saved.revision).unwrap_or(u32::MAX),
        updated_at: saved.updated_at.to_rfc3339(),
    }
}

fn history_text(event: &Part<HistoryEvent>) -> String {
    let Some(event) = event.ok() else {
        return "Eintrag nicht lesbar".to_owned();
    };
    match event {
        HistoryEvent::Saved { revision } => format!("Gespeichert (Stand {revision})"),
        HistoryEvent::Validated { findings } => format!("Geprüft: {findings} Befunde"),
        HistoryEvent::Override { lost } => {
            format!(
                "Trotz Befunden freigegeben; verloren gehen: {}",
                lost.join("; ")
            )
        }
        HistoryEvent::Queued => "In den Postausgang gelegt".to_owned(),
        HistoryEvent::Dequeued => "Aus dem Postausgang zurückgeholt".to_owned(),
        HistoryEvent::Sent { client_reference } => {
            format!("Gesendet mit Referenz {client_reference}")
        }
        HistoryEvent::Result {
            vorgangsnummer: Some(nummer),
            ..
        } => format!("Vorgang {nummer} angelegt"),
        HistoryEvent::Result { messages, .. } => format!("Abgelehnt: {}", messages.join("; ")),
        HistoryEvent::Error { message, trace_id } => match trace_id {
            Some(trace) => format!("Fehler: {message} (X-TraceId {trace})"),
            None => format!("Fehler: {message}"),
        },
        HistoryEvent::ResendChosen { risk } => format!("Erneut senden gewählt: {risk}"),
        HistoryEvent::Geladen { vorgangsnummer } => {
            format!("Kundenangaben aus Vorgang {vorgangsnummer} geladen")
        }
        HistoryEvent::Ersetzt { vorgangsnummer } => {
            format!("Kundenangaben in Vorgang {vorgangsnummer} ersetzt")
        }
        HistoryEvent::DatenschutzhinweisErteilt => {
            "Bestätigt: Der Kunde hat die Datenschutzhinweise des Beraters erhalten".to_owned()
        }
    }
}

fn damaged_text(damaged: &store::Damaged) -> String {
    match damaged {
        store::Damaged::Undecryptable { raw } => format!(
            "Der Inhalt lässt sich nicht entschlüsseln ({} Bytes gespeichert).",
            raw.len()
        ),
        store::Damaged::Unparseable { raw, .. } => format!(
            "Der Inhalt passt nicht mehr zum Datenmodell. Gespeichert ist:\n{}",
            String::from_utf8_lossy(raw)
        ),
    }
}

fn berater_for(state: &AppState, partner_id: Option<&str>) -> Result<Option<Berater>, AppError> {
    let Some(partner_id) = partner_id.filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let settings = credentials::settings::Settings::load(&state.data_dir)?;
    let berater = settings.berater_by_partner_id(partner_id).ok_or_else(|| {
        AppError::InvalidInput(format!(
            "Der Berater mit der Partner-ID {partner_id} ist in den Einstellungen nicht eingetragen."
        ))
    })?;
    Ok(Some(berater.clone()))
}

#[tauri::command]
#[specta::specta]
pub async fn drafts_list(
    state: State<'_, AppState>,
    query: DraftListQuery,
) -> Result<Vec<DraftListItem>, CommandError> {
    let query = ListQuery {
        search: query.search.filter(|s| !s.trim().is_empty()),
        state: query.state,
        sort: if query.by_created {
            SortKey::Created
        } else {
            SortKey::Updated
        },
        order: if query.ascending {
            SortOrder::Ascending
        } else {
            SortOrder::Descending
        },
    };
    let list = state.with_drafts(|store| Ok(store.list(&query)?))?;
    Ok(list.iter().map(list_item).collect())
}

/// With the drafts key lost: sets the unreadable drafts aside and starts with none. Returns
/// a German confirmation naming where the old file now lies.
#[tauri::command]
#[specta::specta]
pub async fn drafts_start_fresh(state: State<'_, AppState>) -> Result<String, CommandError> {
    let aside = state.start_fresh()?;
    Ok(format!(
        "Neu begonnen. Die bisherigen Entwürfe liegen unverändert in {}; mit dem alten \
         Schlüssel lassen sie sich wieder öffnen.",
        aside.display()
    ))
}

#[tauri::command]
#[specta::specta]
pub async fn draft_open(
    state: State<'_, AppState>,
    id: String,
) -> Result<DraftDetail, CommandError> {
    let id = parse_id(&id)?;
    let (draft, ergaenzung) =
        state.with_drafts(|store| Ok((store.get(id)?, store.ergaenzung(id)?)))?;
    let geladen = ergaenzung
        .and_then(|e| e.geladen.ok().cloned())
        .map(|geladen| {
            europace::kundenangaben::ersetzen::request(Value::Object(Default::default()), geladen)
        });
    let (content, damaged) = match &draft.content {
        Part::Ok(value) => (Some(value.clone()), None),
        Part::Damaged(damaged) => (None, Some(damaged_text(damaged))),
    };
    Ok(DraftDetail {
        item: list_item(&draft.summary),
        content,
        damaged,
        violations: server_findings(&draft.summary),
        history: draft
            .history
            .iter()
            .map(|entry| HistoryItem {
                at: entry.at.to_rfc3339(),
                text: history_text(&entry.event),
            })
            .collect(),
        geladen,
    })
}

/// Autosave: the UI calls this debounced on every change; it returns once the save is durable.
#[tauri::command]
#[specta::specta]
pub async fn draft_save(
    state: State<'_, AppState>,
    input: DraftSaveInput,
) -> Result<DraftSaved, CommandError> {
    if !input.content.is_object() {
        return Err(AppError::InvalidInput("Ein Entwurf muss ein JSON-Objekt sein.".into()).into());
    }
    let id = match &input.id {
        Some(id) => parse_id(id)?,
        None => DraftId::new(),
    };
    let header = DraftHeader {
        kind: input.kind,
        environment: state.environment,
        title: title::derive(input.kind, &input.content),
        berater: berater_for(&state, input.berater_partner_id.as_deref())?,
    };
    let result = state.with_drafts(|store| Ok(store.save(id, &header, &input.content)?))?;
    Ok(saved(result))
}

#[tauri::command]
#[specta::specta]
pub async fn draft_duplicate(
    state: State<'_, AppState>,
    id: String,
) -> Result<DraftSaved, CommandError> {
    let id = parse_id(&id)?;
    Ok(saved(state.with_drafts(|store| Ok(store.duplicate(id)?))?))
}

#[tauri::command]
#[specta::specta]
pub async fn draft_delete(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = parse_id(&id)?;
    Ok(state.with_drafts(|store| Ok(store.delete(id)?))?)
}

/// Findings for the draft's content as the API would receive it; recorded in its history.
#[tauri::command]
#[specta::specta]
pub async fn draft_validate(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<Finding>, CommandError> {
    let id = parse_id(&id)?;
    let findings = state.with_drafts(|store| {
        let draft = store.get(id)?;
        let findings = local_findings(store, &draft)?;
        store.record_validated(id, u32::try_from(findings.len()).unwrap_or(u32::MAX))?;
        Ok(findings)
    })?;
    Ok(findings)
}

/// Leadbridge's own findings for `draft`: its body as the API would receive it (raw JSON, so
/// unknown properties are caught too), or for a draft that completes a case, as a replace of
/// the version loaded.
pub(crate) fn local_findings(
    store: &store::Store,
    draft: &store::Draft,
) -> Result<Vec<Finding>, AppError> {
    let id = draft.summary.id;
    let Part::Ok(content) = &draft.content else {
        return Err(store::StoreError::Damaged { id, part: "Inhalt" }.into());
    };
    if draft.summary.ergaenzt.is_some() {
        crate::ergaenzen::dienst::pruefen(store, id)
            .map_err(|fehler| AppError::InvalidInput(fehler.message))
    } else {
        Ok(draft.summary.kind.validate_json(&content.to_string()))
    }
}

/// Saves the draft's API body to a file the user picks; None when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn draft_export_file(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<String>, CommandError> {
    let id = parse_id(&id)?;
    let json = state.with_drafts(|store| Ok(store.export_json(id)?))?;
    let Some(path) = app
        .dialog()
        .file()
        .add_filter("JSON", &["json"])
        .set_file_name("lead.json")
        .blocking_save_file()
    else {
        return Ok(None);
    };
    let path = crate::dateiwahl::local_path(path)?;
    std::fs::write(&path, json).map_err(|e| {
        AppError::InvalidInput(format!(
            "Die Datei {} ließ sich nicht schreiben ({}).",
            path.display(),
            german::io_reason(&e)
        ))
    })?;
    Ok(Some(path.display().to_string()))
}

/// Imports an API body from a JSON file the user picks as a new draft of `kind`.
#[tauri::command]
#[specta::specta]
pub async fn draft_import_file(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    kind: LeadKind,
) -> Result<Option<DraftSaved>, CommandError> {
    let Some(path) = app
        .dialog()
        .file()
        .add_filter("JSON", &["json"])
        .blocking_pick_file()
    else {
        return Ok(None);
    };
    let path = crate::dateiwahl::local_path(path)?;
    let bytes = std::fs::read(&path).map_err(|e| {
        AppError::InvalidInput(format!(
            "Die Datei {} ließ sich nicht lesen ({}).",
            path.display(),
            german::io_reason(&e)
        ))
    })?;
    Ok(Some(import_bytes(&state, kind, bytes)?))
}

/// A file's bytes as a new draft, read as the CLI reads lead files. A key given twice is
/// refused here: the draft keeps parsed JSON, so validation could no longer see it.
pub(crate) fn import_bytes(
    state: &AppState,
    kind: LeadKind,
    bytes: Vec<u8>,
) -> Result<DraftSaved, AppError> {
    let file = europace::json_file::read(bytes)
        .map_err(|e| AppError::InvalidInput(format!("Die Datei {e}.")))?;
    let duplicates = europace::json_file::duplicate_keys(&file.text);
    if !duplicates.is_empty() {
        let listed: Vec<String> = duplicates
            .iter()
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect();
        return Err(AppError::InvalidInput(format!(
            "Die Datei wurde nicht importiert, {} Fehler: {}",
            duplicates.len(),
            listed.join(" ")
        )));
    }
    let content: Value = file.value;
    let header = DraftHeader {
        kind,
        environment: state.environment,
        title: title::derive(kind, &content),
        berater: None,
    };
    Ok(saved(state.with_drafts(|store| {
        Ok(store.save(DraftId::new(), &header, &content)?)
    })?))
}

#[cfg(test)]
#[path = "drafts_import_tests.rs"]
mod import_tests;

//! The commands the UI may call, collected once. Their TypeScript bindings are generated
//! from here into `ui/src/lib/bindings.ts`; a test fails when that file is stale.

use std::collections::BTreeMap;
use std::path::Path;

use europace::lead::LeadKind;

use specta_typescript::Typescript;
use tauri_specta::{Builder, collect_commands};

/// Where the generated bindings live, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/lib/bindings.ts";

/// Where each lead kind's body carries the client reference and the Kundenbetreuer, as
/// dotted paths, so the form uses the paths the outbox writes.
#[derive(serde::Serialize)]
struct LeadPaths {
    reference: String,
    kundenbetreuer: String,
}

fn lead_paths() -> BTreeMap<String, LeadPaths> {
    LeadKind::ALL
        .into_iter()
        .map(|kind| {
            let name = serde_json::to_value(kind)
                .ok()
                .and_then(|name| name.as_str().map(str::to_owned))
                .unwrap_or_default();
            let paths = LeadPaths {
                reference: kind.reference_path().join("."),
                kundenbetreuer: kind.kundenbetreuer_path().join("."),
            };
            (name, paths)
        })
        .collect()
}

pub fn builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .constant("LEAD_PATHS", lead_paths())
        .commands(collect_commands![
            crate::app_info::app_info,
            crate::ui_ready::ui_ready,
            crate::drafts::drafts_list,
            crate::drafts::drafts_start_fresh,
            crate::drafts::draft_open,
            crate::drafts::draft_save,
            crate::drafts::draft_duplicate,
            crate::drafts::draft_delete,
            crate::drafts::draft_validate,
            crate::pruefen::draft_check,
            crate::portal::draft_open_in_europace,
            crate::drafts::draft_export_file,
            crate::drafts::draft_import_file,
            crate::access::access_overview,
            crate::access::access_save,
            crate::access::access_delete_secret,
            crate::access::berater_save,
            crate::connection::connection_test,
            crate::submit::draft_submit,
            crate::queue::queue_watch,
            crate::queue::queue_flush,
            crate::queue::draft_dequeue,
            crate::queue::draft_lookup,
            crate::queue::draft_resolve_found,
            crate::queue::draft_send_again,
            crate::vorgaenge::commands::vorgaenge_liste,
            crate::vorgaenge::commands::vorgang_abrufen,
            crate::vorgaenge::commands::vorgang_gesehen,
            crate::vorgaenge::commands::vorgang_kommentare,
            crate::vorgaenge::commands::vorgang_kommentieren,
            crate::statuswache::wache::statuswache_beobachten,
            crate::statuswache::wache::statuswache_neuigkeiten,
            crate::statuswache::wache::statuswache_einstellung,
            crate::statuswache::wache::statuswache_einstellen,
            crate::dokumente::commands::dokumente_beobachten,
            crate::dokumente::commands::dokumente_loslassen,
            crate::dokumente::commands::dokumente_waehlen,
            crate::dokumente::commands::dokument_bestaetigen,
            crate::dokumente::commands::dokument_wiederholen,
            crate::dokumente::commands::dokument_abbrechen,
            crate::dokumente::commands::dokument_entfernen,
            crate::ergaenzen::commands::kundenangaben_laden,
            crate::ergaenzen::commands::kundenangaben_aenderungen,
            crate::ergaenzen::commands::kundenangaben_ersetzen,
        ])
}

/// Writes the TypeScript bindings to `path`.
pub fn export(path: &Path) -> Result<(), String> {
    builder()
        .export(Typescript::default(), path)
        .map_err(|e| e.to_string())
}

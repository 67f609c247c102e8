//! The text of a CSV file as spreadsheets write it: UTF-8 with or without byte order mark,
//! UTF-16 with one ("Unicode-Text"), or a legacy code page, which for German Excel's
//! "CSV (Trennzeichen-getrennt)" is Windows-1252. Which one was assumed is said to the user.

use encoding_rs::{Encoding, UTF_8};

/// A decoded file and the encoding assumed for it, named for the user.
pub struct CsvText {
    pub text: String,
    /// German, e.g. "UTF-8 mit BOM" or "Windows-1252 (erkannt)".
    pub encoding: String,
}

/// Decodes `bytes`: a byte order mark decides; else UTF-8 if the bytes are valid UTF-8; else
/// the legacy encoding chardetng finds most likely for German text.
pub fn decode(bytes: &[u8]) -> CsvText {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return CsvText {
            text: text.into_owned(),
            encoding: format!("{} mit BOM", encoding.name()),
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return CsvText {
            text: text.to_owned(),
            encoding: "UTF-8".to_owned(),
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // The bytes are not UTF-8, so only legacy encodings are candidates; `.de` weighs the
    // guess towards the code pages of German offices.
    let encoding = detector.guess(Some(b"de"), chardetng::Utf8Detection::Deny);
    let encoding = if encoding == UTF_8 {
        encoding_rs::WINDOWS_1252
    } else {
        encoding
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    CsvText {
        text: text.into_owned(),
        encoding: format!("{} (erkannt, da kein gültiges UTF-8)", encoding.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "vorname;nachname;ort\r\nJürgen;Größe-Müßig;Köln\r\n";

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(LINE.as_bytes());
        assert_eq!(
            (plain.text.as_str(), plain.encoding.as_str()),
            (LINE, "UTF-8")
        );
        let with_bom = decode(&[b"\xEF\xBB\xBF", LINE.as_bytes()].concat());
        assert_eq!(with_bom.text, LINE);
        assert_eq!(with_bom.encoding, "UTF-8 mit BOM");
    }

    #[test]
    fn windows_1252_from_german_excel() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(LINE);
        let decoded = decode(&bytes);
        assert_eq!(decoded.text, LINE);
        assert!(
            decoded.encoding.starts_with("windows-1252"),
            "{}",
            decoded.encoding
        );
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(LINE.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&bytes);
        assert_eq!(decoded.text, LINE);
        assert_eq!(decoded.encoding, "UTF-16LE mit BOM");
    }
}

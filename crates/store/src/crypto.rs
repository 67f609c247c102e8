//! The draft key and sealing of personal data with XChaCha20-Poly1305.

use std::fmt;

use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroize;

use crate::error::StoreError;

/// Length of a [`DraftKey`] in bytes.
pub const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;

/// The 32-byte key that encrypts drafts at rest.
///
/// The app keeps it in the OS keyring and hands it to [`crate::Store::open`].
/// The bytes are wiped when the key is dropped, and neither `Debug` nor any
/// other formatting ever shows them.
pub struct DraftKey([u8; KEY_LEN]);

impl DraftKey {
    /// Wraps key bytes read from the keyring.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(bytes)
    }

    /// Wraps key bytes of unchecked length, e.g. as a keyring returns them.
    pub fn from_slice(bytes: &[u8]) -> Result<Self, StoreError> {
        let array: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| StoreError::KeyLength { len: bytes.len() })?;
        Ok(Self(array))
    }

    /// Creates a new random key from the operating system's generator, for
    /// the first start.
    pub fn generate() -> Result<Self, StoreError> {
        let bytes =
            <[u8; KEY_LEN]>::try_generate().map_err(|e| StoreError::Random(e.to_string()))?;
        Ok(Self(bytes))
    }

    /// The raw bytes, to be written into the keyring.
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl Drop for DraftKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for DraftKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DraftKey(<geheim>)")
    }
}

/// Encrypts and decrypts column values.
///
/// Every value is `nonce || ciphertext+tag` with a fresh random 24-byte
/// nonce. The associated data names the draft and the column, so a
/// ciphertext copied into another row or column fails authentication instead
/// of showing up as someone else's data.
pub(crate) struct Sealer {
    cipher: XChaCha20Poly1305,
}

impl Sealer {
    pub(crate) fn new(key: &DraftKey) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(key.as_bytes().into()),
        }
    }

    pub(crate) fn seal(&self, aad: &str, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let nonce = XNonce::try_generate().map_err(|e| StoreError::Random(e.to_string()))?;
        let ciphertext = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: aad.as_bytes(),
                },
            )
            // Encryption only fails for messages beyond the cipher's limit
            // (256 GiB), far beyond any form.
            .map_err(|_| StoreError::Encrypt)?;
        let mut sealed = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    /// `None` means wrong key, tampered bytes or a value moved from another
    /// row or column; AEAD deliberately does not say which.
    pub(crate) fn open(&self, aad: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).ok()?;
        self.cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bound_to_associated_data() {
        let sealer = Sealer::new(&DraftKey::generate().unwrap());
        let sealed = sealer.seal("a:content", b"Max Mustermann").unwrap();
        assert_eq!(
            sealer.open("a:content", &sealed).unwrap(),
            b"Max Mustermann"
        );
        assert_eq!(sealer.open("b:content", &sealed), None);
        assert_eq!(sealer.open("a:content", &sealed[..10]), None);
    }

    #[test]
    fn fresh_nonce_per_write() {
        let sealer = Sealer::new(&DraftKey::from_bytes([7; KEY_LEN]));
        let a = sealer.seal("x", b"same").unwrap();
        let b = sealer.seal("x", b"same").unwrap();
        assert_ne!(a[..NONCE_LEN], b[..NONCE_LEN]);
    }

    #[test]
    fn other_key_cannot_open() {
        let sealed = Sealer::new(&DraftKey::from_bytes([1; KEY_LEN]))
            .seal("x", b"secret")
            .unwrap();
        let other = Sealer::new(&DraftKey::from_bytes([2; KEY_LEN]));
        assert_eq!(other.open("x", &sealed), None);
    }

    #[test]
    fn key_never_printed_and_length_checked() {
        let key = DraftKey::from_bytes([0xAB; KEY_LEN]);
        let shown = format!("{key:?}");
        assert!(!shown.contains("171") && !shown.to_lowercase().contains("ab"));
        assert!(matches!(
            DraftKey::from_slice(&[0; 31]),
            Err(StoreError::KeyLength { len: 31 })
        ));
        assert_eq!(DraftKey::from_slice(&[5; 32]).unwrap().as_bytes(), &[5; 32]);
    }
}

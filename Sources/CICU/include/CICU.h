// CICU: a small C shim over the system ICU libraries (libicu-dev).
//
// The public header exposes plain C types only: ICU's headers are included by the
// .c file, never here, because Swift's Foundation on Linux carries its own ICU copy
// whose definitions clash with the system headers.
//
// Conventions
// - Text is UTF-16 (`uint16_t`), lengths and offsets are in UTF-16 code units.
// - Functions that fill a buffer return the length they need; when that is larger
//   than the capacity given, nothing useful was written and the caller retries with
//   a bigger buffer (ICU's pre-flighting).
// - On failure a function returns -1 and writes ICU's error name (e.g.
//   "U_INVALID_CHAR_FOUND") into `error`, NUL-terminated, if `error` is not NULL.
#ifndef ZHENGCE_CICU_H
#define ZHENGCE_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque ICU word-break iterator for one locale; create once, reuse, destroy.
typedef struct zc_word_breaker zc_word_breaker;

/// Opens a word-break iterator for `locale` ("zh" for Chinese dictionary breaks).
zc_word_breaker *zc_word_breaker_create(const char *locale, char *error, int32_t error_capacity);

/// Releases an iterator made by `zc_word_breaker_create`. NULL is allowed.
void zc_word_breaker_destroy(zc_word_breaker *breaker);

/// Writes the word boundaries of `text` (UTF-16 offsets, 0 and `length` included)
/// into `boundaries`; returns how many there are (may exceed `capacity`), or -1.
int32_t zc_word_breaker_boundaries(zc_word_breaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *boundaries, int32_t capacity, char *error, int32_t error_capacity);

/// Unicode normalisation forms for `zc_normalize`.
enum { ZC_NFC = 0, ZC_NFD = 1, ZC_NFKC = 2, ZC_NFKD = 3, ZC_NFKC_CASEFOLD = 4 };

/// Normalises `source` into `destination` with one of the ZC_NF* forms; returns the
/// needed length in UTF-16 units, or -1.
int32_t zc_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
                     int32_t capacity, char *error, int32_t error_capacity);

/// An opaque ICU transliterator.
typedef struct zc_transliterator zc_transliterator;

/// Opens an ICU transliterator by id, e.g. "Traditional-Simplified" or "Hant-Hans".
zc_transliterator *zc_transliterator_create(const char *identifier, char *error, int32_t error_capacity);

/// Releases a transliterator. NULL is allowed.
void zc_transliterator_destroy(zc_transliterator *transliterator);

/// Transliterates `buffer[0..<length]` in place; `capacity` is the buffer size.
/// Returns the new length (which may exceed `capacity`: retry bigger), or -1.
int32_t zc_transliterate(zc_transliterator *transliterator, uint16_t *buffer, int32_t length, int32_t capacity,
                         char *error, int32_t error_capacity);

/// Guesses the charset of `bytes` with ICU's detector. Writes the ICU name (e.g.
/// "UTF-8", "GB18030", "UTF-16LE") into `name` and a confidence 0–100 into
/// `confidence`. Returns 0, or -1 when no guess is possible.
int32_t zc_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *confidence, char *error, int32_t error_capacity);

/// Converts `source` from `charset` to UTF-8; returns the needed length in bytes,
/// or -1. Invalid sequences are an error (no silent substitution).
int32_t zc_convert_to_utf8(const char *charset, const char *source, int32_t length, char *destination,
                           int32_t capacity, char *error, int32_t error_capacity);

/// The ICU version this shim was linked against, e.g. "72.1".
const char *zc_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif

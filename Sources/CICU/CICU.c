// Implementation of the CICU shim; the only place that sees ICU's headers.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>

struct zc_word_breaker { UBreakIterator *iterator; };
struct zc_transliterator { UTransliterator *transliterator; };

static void write_error(UErrorCode status, char *error, int32_t capacity) {
    if (error == NULL || capacity <= 0) return;
    strncpy(error, u_errorName(status), (size_t)capacity - 1);
    error[capacity - 1] = '\0';
}

zc_word_breaker *zc_word_breaker_create(const char *locale, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return NULL; }
    zc_word_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) { ubrk_close(iterator); write_error(U_MEMORY_ALLOCATION_ERROR, error, error_capacity); return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

void zc_word_breaker_destroy(zc_word_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t zc_word_breaker_boundaries(zc_word_breaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *boundaries, int32_t capacity, char *error, int32_t error_capacity) {
    if (breaker == NULL || (text == NULL && length > 0) || length < 0) {
        write_error(U_ILLEGAL_ARGUMENT_ERROR, error, error_capacity);
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    int32_t count = 0;
    for (int32_t at = ubrk_first(breaker->iterator); at != UBRK_DONE; at = ubrk_next(breaker->iterator)) {
        if (count < capacity && boundaries != NULL) boundaries[count] = at;
        count++;
    }
    return count;
}

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *status) {
    switch (form) {
    case ZC_NFC: return unorm2_getNFCInstance(status);
    case ZC_NFD: return unorm2_getNFDInstance(status);
    case ZC_NFKC: return unorm2_getNFKCInstance(status);
    case ZC_NFKD: return unorm2_getNFKDInstance(status);
    case ZC_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t zc_normalize(int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
                     int32_t capacity, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    int32_t needed = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    return needed;
}

zc_transliterator *zc_transliterator_create(const char *identifier, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    u_uastrncpy(id, identifier, 127);
    id[127] = 0;
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return NULL; }
    zc_transliterator *result = malloc(sizeof *result);
    if (result == NULL) { utrans_close(transliterator); write_error(U_MEMORY_ALLOCATION_ERROR, error, error_capacity); return NULL; }
    result->transliterator = transliterator;
    return result;
}

void zc_transliterator_destroy(zc_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t zc_transliterate(zc_transliterator *transliterator, uint16_t *buffer, int32_t length, int32_t capacity,
                         char *error, int32_t error_capacity) {
    if (transliterator == NULL || length < 0 || capacity < length) {
        write_error(U_ILLEGAL_ARGUMENT_ERROR, error, error_capacity);
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return textLength > capacity ? textLength : capacity + 1;
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    return textLength;
}

int32_t zc_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                          int32_t *confidence, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    if (U_FAILURE(status) || match == NULL) {
        write_error(U_FAILURE(status) ? status : U_INVALID_FORMAT_ERROR, error, error_capacity);
        ucsdet_close(detector);
        return -1;
    }
    const char *found = ucsdet_getName(match, &status);
    int32_t score = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || found == NULL) {
        write_error(status, error, error_capacity);
        ucsdet_close(detector);
        return -1;
    }
    if (name != NULL && name_capacity > 0) {
        strncpy(name, found, (size_t)name_capacity - 1);
        name[name_capacity - 1] = '\0';
    }
    if (confidence != NULL) *confidence = score;
    ucsdet_close(detector);
    return 0;
}

int32_t zc_convert_to_utf8(const char *charset, const char *source, int32_t length, char *destination,
                           int32_t capacity, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UConverter *to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); ucnv_close(from); return -1; }
    char *target = destination;
    const char *input = source;
    // Convert through a pivot buffer so invalid input stops with an error.
    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    int32_t produced = 0;
    char scratch[4096];
    int overflowed = 0;
    for (;;) {
        char *start = (capacity > 0 && !overflowed) ? target : scratch;
        char *limit = (capacity > 0 && !overflowed) ? destination + capacity : scratch + sizeof scratch;
        char *cursor = start;
        status = U_ZERO_ERROR;
        ucnv_convertEx(to, from, &cursor, limit, &input, source + length, pivot, &pivotSource, &pivotTarget,
                       pivot + 1024, 0, 1, &status);
        produced += (int32_t)(cursor - start);
        if (start == target) target = cursor;
        if (status == U_BUFFER_OVERFLOW_ERROR) { overflowed = 1; continue; }
        break;
    }
    ucnv_close(from);
    ucnv_close(to);
    if (U_FAILURE(status)) { write_error(status, error, error_capacity); return -1; }
    return produced;
}

const char *zc_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
}

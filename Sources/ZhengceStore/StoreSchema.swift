/// The SQLite schema of the store (documented for users in docs/store.md).
enum StoreSchema {
    /// Bumped whenever a table, the FTS terms or their weights change; a store with another
    /// version is rebuilt from the corpus.
    static let version = 11

    /// Statements that create an empty store, in order.
    static let create: [String] = [
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE files (
            path      TEXT PRIMARY KEY,
            sha256    TEXT NOT NULL,
            bytes     INTEGER NOT NULL,
            mtime     REAL NOT NULL,
            document  TEXT,
            error     TEXT
        )
        """,
        """
        CREATE TABLE documents (
            id             TEXT PRIMARY KEY,
            path           TEXT NOT NULL UNIQUE,
            sha256         TEXT NOT NULL,
            title          TEXT,
            notice_title   TEXT,
            doc_number     TEXT,
            issuers        TEXT NOT NULL,
            date           TEXT,
            published_date TEXT,
            year           INTEGER,
            type           TEXT,
            level          TEXT,
            region         TEXT,
            status         TEXT NOT NULL,
            period_start   INTEGER,
            period_end     INTEGER,
            format         TEXT NOT NULL,
            encoding       TEXT NOT NULL,
            bytes          INTEGER NOT NULL,
            provenance     TEXT NOT NULL,
            warnings       TEXT NOT NULL,
            text           TEXT NOT NULL
        )
        """,
        "CREATE INDEX documents_doc_number ON documents(doc_number)",
        // The parsed document model (JSON of `PolicyDocument`, departments resolved) that
        // commands, lineage and the export read instead of parsing the corpus again.
        """
        CREATE TABLE document_models (
            id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            model BLOB NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE provisions (
            id               TEXT NOT NULL,
            document         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord              INTEGER NOT NULL,
            label            TEXT NOT NULL,
            normalized_label TEXT NOT NULL,
            scheme           TEXT NOT NULL,
            depth            INTEGER NOT NULL,
            parent           INTEGER,
            path             TEXT NOT NULL,
            heading          TEXT NOT NULL,
            text             TEXT NOT NULL,
            start            INTEGER NOT NULL,
            "end"            INTEGER NOT NULL,
            kind             TEXT NOT NULL
        )
        """,
        "CREATE INDEX provisions_document ON provisions(document, ord)",
        """
        CREATE TABLE measures (
            rowid       INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            document    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord         INTEGER NOT NULL,
            provision   INTEGER NOT NULL,
            label       TEXT NOT NULL,
            path        TEXT NOT NULL,
            title       TEXT NOT NULL,
            text        TEXT NOT NULL,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL
        )
        """,
        "CREATE INDEX measures_document ON measures(document, ord)",
        """
        CREATE TABLE responsibilities (
            measure        INTEGER NOT NULL REFERENCES measures(rowid) ON DELETE CASCADE,
            ord            INTEGER NOT NULL,
            name           TEXT NOT NULL,
            department     TEXT,
            role           TEXT NOT NULL,
            role_inferred  INTEGER NOT NULL,
            collective     INTEGER NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            PRIMARY KEY (measure, ord)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX responsibilities_department ON responsibilities(department)",
        "CREATE INDEX responsibilities_name ON responsibilities(name)",
        """
        CREATE TABLE departments (
            name        TEXT PRIMARY KEY,
            resolved    INTEGER NOT NULL,
            lead        INTEGER NOT NULL,
            participant INTEGER NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE targets (
            measure    INTEGER NOT NULL REFERENCES measures(rowid) ON DELETE CASCADE,
            ord        INTEGER NOT NULL,
            year       INTEGER,
            value      REAL NOT NULL,
            unit       TEXT NOT NULL,
            comparator TEXT NOT NULL,
            phrase     TEXT NOT NULL,
            sentence   TEXT NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            PRIMARY KEY (measure, ord)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE citations (
            document   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord        INTEGER NOT NULL,
            measure    TEXT,
            title      TEXT,
            doc_number TEXT,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            PRIMARY KEY (document, ord)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX citations_doc_number ON citations(doc_number)",
        """
        CREATE TABLE links (
            id            INTEGER PRIMARY KEY,
            type          TEXT NOT NULL,
            from_document TEXT NOT NULL,
            from_measure  TEXT,
            to_document   TEXT NOT NULL,
            to_measure    TEXT,
            score         REAL,
            inferred      INTEGER NOT NULL,
            evidence      TEXT,
            from_end      INTEGER NOT NULL,
            to_end        INTEGER NOT NULL
        )
        """,
        // Each link end's JSON once, however many links share it (`from_end`, `to_end` of `links`):
        // a measure is the end of several links, and the ends were half of a link row (see `LinkEnds`).
        """
        CREATE TABLE link_ends (
            id   INTEGER PRIMARY KEY,
            hash INTEGER NOT NULL,
            json TEXT NOT NULL
        )
        """,
        "CREATE INDEX link_ends_hash ON link_ends(hash)",
        // Binary state kept between runs by its owner (the lineage's corpus counts, see
        // `CorpusStatistics`; the documents the links were made from).
        """
        CREATE TABLE blobs (
            key   TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID
        """,
        "CREATE INDEX links_from ON links(from_document, from_measure)",
        "CREATE INDEX links_to ON links(to_document, to_measure)",
        // The search index of `zhengce query` (see SearchIndexBuilder): postings per block of
        // 65,536 measure rowids and term, with resume points into long lists (PostingSkips);
        // field lengths per block.
        """
        CREATE TABLE search_postings (
            term  TEXT NOT NULL,
            block INTEGER NOT NULL,
            count INTEGER NOT NULL,
            data  BLOB NOT NULL,
            skips BLOB,
            PRIMARY KEY (block, term)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE search_lengths (
            block INTEGER PRIMARY KEY,
            data  BLOB NOT NULL
        )
        """,
    ]

    /// The optional FTS5 table for users of the sqlite3 shell (`zhengce index --fts5`): the
    /// segmenter's words and the character terms of each measure (see `IndexTerms`), rowid =
    /// `measures.rowid`. `zhengce query` does not use it; it is built only when asked for because
    /// segmenting every measure and maintaining FTS5 cost more than half of an index build.
    static let fullTextTable = """
        CREATE VIRTUAL TABLE measure_fts USING fts5(
            title_words, title_chars, text_words, text_chars,
            tokenize = 'unicode61 remove_diacritics 0'
        )
        """
}

#include "Migrations.h"

#include "../Logging.h"
#include "SqlErrors.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace warden {

namespace {

// Version 1. `{ID}` becomes the dialect's auto-increment primary key. Case-insensitive
// uniqueness uses stored lower-case keys so the same index serves both dialects.
const char* const kVersion1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
  id {ID},
  code TEXT NOT NULL,
  code_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('standard','master','group','mail_processing')),
  parent_id BIGINT REFERENCES accounts(id),
  policy_inheritance INTEGER NOT NULL DEFAULT 0,
  federated_administration INTEGER NOT NULL DEFAULT 0,
  federated_content_view INTEGER NOT NULL DEFAULT 0,
  federated_admin_domain TEXT NOT NULL DEFAULT '',
  partner_sign_in_exempt INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL);
CREATE INDEX accounts_parent ON accounts(parent_id);
CREATE TABLE account_ip_ranges (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  cidr TEXT NOT NULL,
  UNIQUE (account_id, cidr));
CREATE TABLE domains (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL UNIQUE);
CREATE TABLE users (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  upn TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL DEFAULT '',
  name_key TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','import','sync')),
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL);
CREATE INDEX users_account_email ON users(account_id, email_key);
CREATE INDEX users_account_name ON users(account_id, name_key);
CREATE TABLE roles (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  builtin_key TEXT,
  always_protected INTEGER NOT NULL DEFAULT 0,
  protected_permissions INTEGER NOT NULL DEFAULT 0,
  management_level INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (account_id, name_key));
CREATE TABLE role_permissions (
  role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  verbs INTEGER NOT NULL,
  PRIMARY KEY (role_id, area));
CREATE TABLE role_members (
  role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  PRIMARY KEY (role_id, user_id));
CREATE INDEX role_members_user ON role_members(user_id);
CREATE TABLE administrators (
  user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  auth_method TEXT NOT NULL CHECK (auth_method IN ('sso','local_password')),
  password_hash TEXT NOT NULL DEFAULT '',
  totp_secret TEXT NOT NULL DEFAULT '',
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT NOT NULL DEFAULT '',
  last_sign_in TEXT NOT NULL DEFAULT '',
  is_backup INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  account_code TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  mac TEXT NOT NULL);
CREATE INDEX audit_log_action ON audit_log(action);
CREATE INDEX audit_log_actor ON audit_log(actor);
)SQL";

// Prefix search over the directory: FTS5 on SQLite (kept in step by triggers), btree
// pattern indexes on PostgreSQL. Addresses are split into words at '.', '@' and '-' so a
// prefix touches few distinct terms; "ana.sm" becomes the phrase "ana" + "sm*". Prefix
// indexes of 1 to 3 characters keep short prefixes as fast as long ones.
const char* const kVersion1SQLite = R"SQL(
CREATE VIRTUAL TABLE users_fts USING fts5(email_key, name_key, content='users', content_rowid='id', prefix='1 2 3',
  tokenize = "unicode61 remove_diacritics 2");
CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_fts(rowid, email_key, name_key) VALUES (new.id, new.email_key, new.name_key);
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN
  INSERT INTO users_fts(users_fts, rowid, email_key, name_key) VALUES ('delete', old.id, old.email_key, old.name_key);
END;
CREATE TRIGGER users_fts_update AFTER UPDATE OF email_key, name_key ON users BEGIN
  INSERT INTO users_fts(users_fts, rowid, email_key, name_key) VALUES ('delete', old.id, old.email_key, old.name_key);
  INSERT INTO users_fts(rowid, email_key, name_key) VALUES (new.id, new.email_key, new.name_key);
END;
)SQL";

const char* const kVersion1PostgreSQL = R"SQL(
CREATE INDEX users_email_pattern ON users(account_id, email_key text_pattern_ops);
CREATE INDEX users_name_pattern ON users(account_id, name_key text_pattern_ops);
)SQL";

// Version 2: partner organisations and the accounts that delegate to them, domains linked from a
// master down to its mail-processing accounts, the client address a session signed in from, and
// an index to match imported rows to users by UPN (primary SMTP address changes).
const char* const kVersion2 = R"SQL(
CREATE TABLE partners (
  id {ID},
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  home_account_id BIGINT NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL);
CREATE TABLE account_delegations (
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  delegated_at TEXT NOT NULL,
  delegated_by TEXT NOT NULL,
  PRIMARY KEY (account_id, partner_id));
CREATE INDEX account_delegations_partner ON account_delegations(partner_id);
CREATE TABLE domain_links (
  domain_id BIGINT NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (domain_id, account_id));
CREATE INDEX domain_links_account ON domain_links(account_id);
ALTER TABLE sessions ADD COLUMN client_address TEXT NOT NULL DEFAULT '';
CREATE INDEX users_account_upn ON users(account_id, upn);
)SQL";

// Version 3: the evidence the backup-administrator rules ask for (DOMAIN.md "Backup
// administrators"): backup access tests with their results, and access-list reviews.
const char* const kVersion3 = R"SQL(
CREATE TABLE backup_access_tests (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  admin_user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  tested_at TEXT NOT NULL,
  login_ok INTEGER NOT NULL,
  mfa_ok INTEGER NOT NULL,
  permissions_ok INTEGER NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL);
CREATE INDEX backup_access_tests_account ON backup_access_tests(account_id, tested_at);
CREATE TABLE access_reviews (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  reviewed_at TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '');
CREATE INDEX access_reviews_account ON access_reviews(account_id, reviewed_at);
)SQL";

// Version 4: protected-role change requests and the account contacts who approve them
// (DOMAIN.md "Protected-role changes"). A request keeps the role's name and the target's
// address as text so it still reads correctly after the role or user is gone.
const char* const kVersion4 = R"SQL(
CREATE TABLE account_contacts (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  director_or_higher INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (account_id, email_key));
CREATE TABLE change_requests (
  id {ID},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('add_member','remove_member','reset_password','content_view_on','content_view_off')),
  role_id BIGINT REFERENCES roles(id) ON DELETE SET NULL,
  role_name TEXT NOT NULL DEFAULT '',
  target_email TEXT NOT NULL DEFAULT '',
  auth_method TEXT NOT NULL DEFAULT '',
  justification TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','cancelled','expired')),
  requested_by_id BIGINT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  decision_note TEXT NOT NULL DEFAULT '');
CREATE INDEX change_requests_account ON change_requests(account_id, status);
)SQL";

// Version 5: team use (DOMAIN.md "Team use"). A computer asks to join and, once approved, holds
// the database key sealed to its public key; revoked or refused computers stay listed. Every
// database key after the first keeps the one before it sealed under itself, so that the audit
// chain verifies across rotations. Events a computer without the key cannot audit wait in
// pending_audit until a computer with the key records them.
const char* const kVersion5 = R"SQL(
CREATE TABLE computers (
  id {ID},
  user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
  requested_by TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending','approved','refused','expired','revoked')),
  requested_at TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  approved_via TEXT NOT NULL DEFAULT '',
  sealed_key TEXT NOT NULL DEFAULT '',
  key_id TEXT NOT NULL DEFAULT '',
  last_used_at TEXT NOT NULL DEFAULT '',
  request_audited INTEGER NOT NULL DEFAULT 0,
  UNIQUE (public_key));
CREATE INDEX computers_user ON computers(user_id, status);
CREATE TABLE database_keys (
  key_id TEXT PRIMARY KEY,
  first_seq BIGINT NOT NULL,
  previous_key_id TEXT NOT NULL DEFAULT '',
  sealed_previous TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL);
CREATE TABLE pending_audit (
  id {ID},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  account_code TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '');
)SQL";

// Version 6: the change feed other consoles follow (one row per thing a commit changed, in commit
// order: writers are serialised), and a version per role and per account's settings so a stale
// edit is refused instead of overwriting a colleague's.
const char* const kVersion6 = R"SQL(
CREATE TABLE changes (
  seq {ID},
  kind TEXT NOT NULL,
  object_id BIGINT NOT NULL DEFAULT 0,
  account_id BIGINT NOT NULL DEFAULT 0,
  account_code TEXT NOT NULL DEFAULT '',
  role_id BIGINT NOT NULL DEFAULT 0,
  role_name TEXT NOT NULL DEFAULT '',
  user_email TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  origin TEXT NOT NULL,
  audit_seq BIGINT NOT NULL DEFAULT 0,
  at TEXT NOT NULL);
ALTER TABLE roles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE roles ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE roles ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN settings_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE accounts ADD COLUMN settings_changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN settings_changed_at TEXT NOT NULL DEFAULT '';
)SQL";

// Version 7: directory connectors (one per account: the server, the mapping, the state of its
// runs) and, per user a connector brought in, the directory's own key for the entry (entryUUID or
// objectGUID) so that a changed address is recognised as the same person.
const char* const kVersion7 = R"SQL(
CREATE TABLE directory_connectors (
  account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  start_tls INTEGER NOT NULL DEFAULT 0,
  ca_file TEXT NOT NULL DEFAULT '',
  bind_dn TEXT NOT NULL DEFAULT '',
  base_dn TEXT NOT NULL,
  filter TEXT NOT NULL,
  map_email TEXT NOT NULL,
  map_name TEXT NOT NULL DEFAULT '',
  map_upn TEXT NOT NULL DEFAULT '',
  map_disabled TEXT NOT NULL DEFAULT '',
  domains TEXT NOT NULL DEFAULT '',
  schedule_minutes INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT '',
  server_identity TEXT NOT NULL DEFAULT '',
  settings_key TEXT NOT NULL DEFAULT '',
  watermark TEXT NOT NULL DEFAULT '',
  last_run_at TEXT NOT NULL DEFAULT '',
  last_result TEXT NOT NULL DEFAULT '',
  last_message TEXT NOT NULL DEFAULT '',
  last_counts TEXT NOT NULL DEFAULT '',
  last_duration_ms BIGINT NOT NULL DEFAULT 0);
ALTER TABLE users ADD COLUMN sync_key TEXT;
CREATE INDEX users_sync_key ON users(account_id, sync_key);
)SQL";

// Version 8: a signed audit log. Each entry names the computer that wrote it and carries its hash
// (over the entry and the previous hash) and that computer's Ed25519 signature; each computer's
// public signing key; signed checkpoints of the log's Merkle tree.
const char* const kVersion8 = R"SQL(
ALTER TABLE audit_log ADD COLUMN computer_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN signature TEXT NOT NULL DEFAULT '';
ALTER TABLE computers ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_checkpoints (
  size BIGINT PRIMARY KEY,
  root TEXT NOT NULL,
  at TEXT NOT NULL,
  computer_id BIGINT NOT NULL,
  signature TEXT NOT NULL);
)SQL";

QStringList splitStatements(const QString& script)
{
    // Statements end with ";" at the end of a line; trigger bodies end with "END;".
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"))) {
            inTrigger = true;
        }
        const bool ends = inTrigger ? trimmed == QLatin1String("END;") : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    return statements;
}

Result<int> readVersion(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        // Distinguish "no table yet" from "not a database": probe the catalogue.
        QSqlQuery probe(database.connection());
        const QString catalogue = database.dialect() == Database::Dialect::SQLite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master")
            : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (!probe.exec(catalogue) || !probe.next()) {
            return storageRefusal(probe.lastError(), "reading the schema");
        }
        if (probe.value(0).toInt() != 0) {
            return Refusal {Refusal::Kind::Storage,
                            Migrations::tr("This database holds tables that are not Warden's; refusing to change it.")};
        }
        return 0;
    }
    if (!query.next()) {
        return Refusal {Refusal::Kind::Storage, Migrations::tr("The database's schema version is missing.")};
    }
    return query.value(0).toInt();
}

QString withDialect(const char* script, Database::Dialect dialect)
{
    QString text = QString::fromLatin1(script);
    text.replace(QLatin1String("{ID}"),
                 dialect == Database::Dialect::SQLite
                     ? QStringLiteral("INTEGER PRIMARY KEY")
                     : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return text;
}

} // namespace

QStringList Migrations::statementsFor(int version, Database::Dialect dialect)
{
    QStringList statements;
    if (version == 2) {
        statements = splitStatements(withDialect(kVersion2, dialect));
    }
    if (version == 3) {
        statements = splitStatements(withDialect(kVersion3, dialect));
    }
    if (version == 4) {
        statements = splitStatements(withDialect(kVersion4, dialect));
    }
    if (version == 5) {
        statements = splitStatements(withDialect(kVersion5, dialect));
    }
    if (version == 6) {
        statements = splitStatements(withDialect(kVersion6, dialect));
    }
    if (version == 7) {
        statements = splitStatements(withDialect(kVersion7, dialect));
    }
    if (version == 8) {
        statements = splitStatements(withDialect(kVersion8, dialect));
    }
    if (version == 1) {
        statements = splitStatements(withDialect(kVersion1, dialect));
        statements += splitStatements(
            QString::fromLatin1(dialect == Database::Dialect::SQLite ? kVersion1SQLite : kVersion1PostgreSQL));
        statements.append(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        statements.append(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
    }
    return statements;
}

Status Migrations::ensureSearchIndex(Database& database)
{
    if (database.dialect() != Database::Dialect::PostgreSQL) {
        return {}; // SQLite searches names through FTS5 (version 1)
    }
    const QString probe = QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'users_name_trigrams'");
    {
        QSqlQuery q(database.connection());
        if (q.exec(probe) && q.next() && q.value(0).toInt() > 0) {
            return {};
        }
    }
    // A word of a name may start anywhere in it: "name_key LIKE '% x%'" is answered by a trigram
    // index (pg_trgm, a trusted extension the database's owner may create). Without it search
    // still works, only slower, so a server that refuses is logged and left as it is.
    Transaction tx(database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(database.connection());
    if (q.exec(probe) && q.next() && q.value(0).toInt() > 0) {
        return {};
    }
    for (const QString& statement :
         {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
          QStringLiteral("CREATE INDEX users_name_trigrams ON users USING gin (name_key gin_trgm_ops)")}) {
        if (!q.exec(statement)) {
            logger("storage")->warn("no trigram index for directory search ({}); searching names scans the table",
                                    q.lastError().text().toStdString());
            tx.rollback();
            return {};
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed;
    }
    logger("storage")->info("created the trigram index for directory search");
    return {};
}

Result<int> Migrations::migrate(Database& database)
{
    auto version = readVersion(database);
    if (!version) {
        return version.refusal();
    }
    int current = version.value();
    if (current > kLatestVersion) {
        return Refusal {Refusal::Kind::Storage,
                        tr("This database was written by a newer Warden (schema version %1; this Warden knows up to "
                           "%2). Upgrade Warden to open it; the database was not changed.")
                            .arg(current)
                            .arg(kLatestVersion)};
    }
    while (current < kLatestVersion) {
        const int next = current + 1;
        Transaction tx(database);
        if (auto begun = tx.begin(); !begun) {
            return begun.refusal();
        }
        // Another console may have migrated while this one waited for the write lock (a database
        // without tables has nothing to re-read: on PostgreSQL the failed read would end the
        // transaction).
        if (current > 0) {
            auto now = readVersion(database);
            if (!now) {
                return now.refusal();
            }
            if (now.value() != current) {
                current = now.value();
                tx.rollback();
                continue;
            }
        }
        for (const QString& statement : statementsFor(next, database.dialect())) {
            QSqlQuery query(database.connection());
            if (!query.exec(statement)) {
                return storageRefusal(query.lastError(), "migrating the schema");
            }
        }
        QSqlQuery update(database.connection());
        if (auto done = execPrepared(update, QStringLiteral("UPDATE schema_version SET version = ?"), {next},
                                     "recording the schema version");
            !done) {
            return done.refusal();
        }
        if (next == 1) {
            QSqlQuery meta(database.connection());
            if (auto done =
                    execPrepared(meta, QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', ?)"),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces)}, "creating the database id");
                !done) {
                return done.refusal();
            }
        }
        if (auto committed = tx.commit(); !committed) {
            return committed.refusal();
        }
        logger("storage")->info("migrated schema from version {} to {}", current, next);
        current = next;
    }
    return current;
}

} // namespace warden

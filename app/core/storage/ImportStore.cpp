#include "ImportStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

namespace warden {

namespace {

const char* const kStagingTable = R"SQL(CREATE TEMP TABLE IF NOT EXISTS import_staging (
  email_key TEXT PRIMARY KEY, line BIGINT NOT NULL, email TEXT NOT NULL, display_name TEXT, name_key TEXT,
  upn TEXT, account_id BIGINT NOT NULL, action TEXT NOT NULL, user_id BIGINT, role_id BIGINT))SQL";

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

} // namespace

ImportStore::ImportStore(Database& database)
    : m_database(database)
    , m_findUser(database.connection())
    , m_findByUpn(database.connection())
    , m_rolesOf(database.connection())
    , m_stagedUser(database.connection())
    , m_stagedEmail(database.connection())
    , m_stage(database.connection())
{ }

Status ImportStore::prepare()
{
    QSqlQuery ddl(m_database.connection());
    if (auto done = execStatement(ddl, QString::fromLatin1(kStagingTable), "preparing the import"); !done) {
        return done;
    }
    if (auto done = execStatement(
            ddl, QStringLiteral("CREATE INDEX IF NOT EXISTS import_staging_user ON import_staging(user_id)"),
            "preparing the import");
        !done) {
        return done;
    }
    if (auto done = clear(); !done) {
        return done;
    }
    m_findUser.prepare(QStringLiteral("SELECT u.id, u.account_id, u.email, a.code FROM users u JOIN accounts a ON "
                                      "a.id = u.account_id WHERE u.email_key = ?"));
    m_findByUpn.prepare(QStringLiteral("SELECT id, email FROM users WHERE account_id = ? AND upn = ?"));
    m_rolesOf.prepare(QStringLiteral("SELECT r.name, a.code, r.id FROM role_members m JOIN roles r ON r.id = "
                                     "m.role_id JOIN accounts a ON a.id = r.account_id WHERE m.user_id = ? ORDER BY "
                                     "a.code, r.name"));
    m_stagedUser.prepare(QStringLiteral("SELECT line FROM import_staging WHERE user_id = ?"));
    m_stagedEmail.prepare(QStringLiteral("SELECT line FROM import_staging WHERE email_key = ?"));
    m_stage.prepare(QStringLiteral("INSERT INTO import_staging (email_key, line, email, display_name, name_key, upn, "
                                   "account_id, action, user_id, role_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (email_key) DO NOTHING"));
    return {};
}

Result<std::optional<ImportExistingUser>> ImportStore::userByEmail(const QString& email)
{
    m_findUser.addBindValue(DirectoryStore::emailKey(email));
    if (auto done = exec(m_findUser, "reading the directory"); !done) {
        return done.refusal();
    }
    std::optional<ImportExistingUser> found;
    if (m_findUser.next()) {
        found = ImportExistingUser {m_findUser.value(0).toLongLong(), m_findUser.value(1).toLongLong(),
                                    m_findUser.value(2).toString(), m_findUser.value(3).toString()};
    }
    m_findUser.finish();
    return found;
}

Result<std::optional<ImportExistingUser>> ImportStore::userByUpn(qint64 accountId, const QString& upn)
{
    m_findByUpn.addBindValue(accountId);
    m_findByUpn.addBindValue(upn);
    if (auto done = exec(m_findByUpn, "reading the directory"); !done) {
        return done.refusal();
    }
    std::optional<ImportExistingUser> found;
    if (m_findByUpn.next()) {
        found = ImportExistingUser {m_findByUpn.value(0).toLongLong(), accountId, m_findByUpn.value(1).toString(), {}};
    }
    m_findByUpn.finish();
    return found;
}

Result<QList<HeldRole>> ImportStore::rolesOf(qint64 userId)
{
    m_rolesOf.addBindValue(userId);
    if (auto done = exec(m_rolesOf, "reading roles"); !done) {
        return done.refusal();
    }
    QList<HeldRole> roles;
    while (m_rolesOf.next()) {
        roles.append({m_rolesOf.value(0).toString(), m_rolesOf.value(1).toString(), m_rolesOf.value(2).toLongLong()});
    }
    m_rolesOf.finish();
    return roles;
}

Result<std::optional<qint64>> ImportStore::stagedLineOfUser(qint64 userId)
{
    m_stagedUser.addBindValue(userId);
    if (auto done = exec(m_stagedUser, "checking the file"); !done) {
        return done.refusal();
    }
    std::optional<qint64> line;
    if (m_stagedUser.next()) {
        line = m_stagedUser.value(0).toLongLong();
    }
    m_stagedUser.finish();
    return line;
}

Result<std::optional<qint64>> ImportStore::stagedLineOfEmail(const QString& email)
{
    m_stagedEmail.addBindValue(DirectoryStore::emailKey(email));
    if (auto done = exec(m_stagedEmail, "checking the file"); !done) {
        return done.refusal();
    }
    std::optional<qint64> line;
    if (m_stagedEmail.next()) {
        line = m_stagedEmail.value(0).toLongLong();
    }
    m_stagedEmail.finish();
    return line;
}

Result<bool> ImportStore::stage(const StagedImportRow& row)
{
    m_stage.addBindValue(DirectoryStore::emailKey(row.email));
    m_stage.addBindValue(row.line);
    m_stage.addBindValue(row.email);
    m_stage.addBindValue(textOrNull(row.displayName));
    m_stage.addBindValue(textOrNull(row.displayName.isEmpty() ? QString() : DirectoryStore::nameKey(row.displayName)));
    m_stage.addBindValue(textOrNull(row.upn));
    m_stage.addBindValue(row.accountId);
    m_stage.addBindValue(row.action);
    m_stage.addBindValue(idOrNull(row.userId));
    m_stage.addBindValue(idOrNull(row.roleId));
    if (auto done = exec(m_stage, "checking the file"); !done) {
        return done.refusal();
    }
    return m_stage.numRowsAffected() > 0;
}

Status ImportStore::apply(const QString& addedBy)
{
    const QString now = DirectoryStore::now();
    const QStringList steps {
        QStringLiteral("DELETE FROM role_members WHERE user_id IN (SELECT user_id FROM import_staging WHERE action "
                       "IN ('move', 'rename'))"),
        QStringLiteral("UPDATE users SET account_id = s.account_id, source = 'import', display_name = "
                       "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                       "users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s WHERE users.id = "
                       "s.user_id AND s.action = 'move'"),
        QStringLiteral("UPDATE users SET email = s.email, email_key = s.email_key, source = 'import', display_name = "
                       "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                       "users.name_key) FROM import_staging s WHERE users.id = s.user_id AND s.action = 'rename'"),
        QStringLiteral("UPDATE users SET display_name = COALESCE(s.display_name, users.display_name), name_key = "
                       "COALESCE(s.name_key, users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s "
                       "WHERE users.id = s.user_id AND s.action = 'update'"),
        QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                       "disabled, created_at) SELECT account_id, email, email_key, COALESCE(upn, ''), "
                       "COALESCE(display_name, ''), COALESCE(name_key, ''), 'import', 0, '%1' FROM import_staging "
                       "WHERE action = 'create' ORDER BY line")
            .arg(now),
    };
    for (const QString& step : steps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "importing users"); !done) {
            return done;
        }
    }
    QSqlQuery members(m_database.connection());
    return execPrepared(members,
                        QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) SELECT "
                                       "s.role_id, u.id, ?, ? FROM import_staging s JOIN users u ON u.email_key = "
                                       "s.email_key WHERE s.role_id IS NOT NULL ON CONFLICT DO NOTHING"),
                        {now, addedBy}, "importing role members");
}

Result<QHash<qint64, QJsonObject>> ImportStore::summaries()
{
    QSqlQuery q(m_database.connection());
    if (auto done = execStatement(q,
                                  QStringLiteral("SELECT account_id, action, count(*), count(role_id) FROM "
                                                 "import_staging GROUP BY account_id, action ORDER BY account_id"),
                                  "summarising the import");
        !done) {
        return done.refusal();
    }
    QHash<qint64, QJsonObject> summaries;
    while (q.next()) {
        QJsonObject& summary = summaries[q.value(0).toLongLong()];
        summary.insert(q.value(1).toString(), q.value(2).toLongLong());
        summary.insert(QStringLiteral("roleAssignments"),
                       summary.value(QStringLiteral("roleAssignments")).toInteger() + q.value(3).toLongLong());
    }
    return summaries;
}

Status ImportStore::clear()
{
    QSqlQuery q(m_database.connection());
    return execStatement(q, QStringLiteral("DELETE FROM import_staging"), "preparing the import");
}

} // namespace warden

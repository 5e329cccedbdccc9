#include "SqlDialect.h"

namespace warden {

QString SqlDialect::insertOrIgnore(const QString& rest) const
{
    if (m_dialect == Database::Dialect::SQLite) {
        return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
    }
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
}

SqlDialect::TextSearch SqlDialect::directorySearch(const QString& needle, qint64 accountId, qint64 afterId,
                                                   int limit) const
{
    if (m_dialect == Database::Dialect::SQLite) {
        // The phrase is tokenized by FTS5 itself; its last token is a prefix. Quotes in the input
        // are doubled, so FTS5 operators in it stay plain text.
        QString phrase = needle;
        phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
        // "+u.account_id" keeps SQLite from walking the account's users: it reads the (at most
        // 2 × limit) matched ids by primary key instead.
        return {
            QStringLiteral("+u.account_id = ? AND u.id IN (SELECT id FROM (SELECT id FROM users WHERE account_id = ? "
                           "AND email_key >= ? "
                           "AND email_key < ? AND id > ? ORDER BY id LIMIT ?) UNION SELECT id FROM (SELECT "
                           "f.rowid AS id FROM users_fts f JOIN users n ON n.id = f.rowid WHERE users_fts MATCH ? "
                           "AND f.rowid > ? AND n.account_id = ? ORDER BY f.rowid LIMIT ?))"),
            {accountId, accountId, needle, QString(needle + QChar(0xFFFF)), afterId, limit,
             QStringLiteral("name_key : \"%1\"*").arg(phrase), afterId, accountId, limit}};
    }
    QString escaped = needle;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    const QString prefix = escaped + QLatin1Char('%');
    return {QStringLiteral("u.account_id = ? AND u.id > ? AND (u.email_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? "
                           "ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\')"),
            {accountId, afterId, prefix, prefix, QString(QStringLiteral("% ") + prefix)}};
}

QString SqlDialect::beginWrite() const
{
    return m_dialect == Database::Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::takeWriteLock() const
{
    // An advisory lock of this database (the key spells "Wrdn"), released by COMMIT or ROLLBACK.
    return m_dialect == Database::Dialect::SQLite ? QString()
                                                  : QStringLiteral("SELECT pg_advisory_xact_lock(1467114606)");
}

} // namespace warden

#include "SqlDialect.h"

namespace warden {

QString SqlDialect::insertOrIgnore(const QString& rest) const
{
    if (m_dialect == Database::Dialect::SQLite) {
        return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
    }
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
}

SqlDialect::TextSearch SqlDialect::directorySearch(const QString& needle) const
{
    if (m_dialect == Database::Dialect::SQLite) {
        // The phrase is tokenized by FTS5 itself; its last token is a prefix. Quotes in the input
        // are doubled, so FTS5 operators in it stay plain text.
        QString phrase = needle;
        phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
        return {QStringLiteral("u.id IN (SELECT id FROM users WHERE email_key >= ? AND email_key < ? UNION "
                               "SELECT rowid FROM users_fts WHERE users_fts MATCH ?)"),
                {needle, QString(needle + QChar(0xFFFF)), QStringLiteral("name_key : \"%1\"*").arg(phrase)}};
    }
    QString escaped = needle;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    const QString prefix = escaped + QLatin1Char('%');
    return {QStringLiteral("(u.email_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? "
                           "ESCAPE '\\')"),
            {prefix, prefix, QString(QStringLiteral("% ") + prefix)}};
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

#include "SqlDialect.h"

namespace warden {

QString SqlDialect::insertOrIgnore(const QString& rest) const
{
    if (m_dialect == Database::Dialect::SQLite) {
        return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
    }
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString SqlDialect::beginWrite() const
{
    return m_dialect == Database::Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace warden

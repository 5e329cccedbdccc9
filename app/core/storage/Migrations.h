#pragma once

#include "../Result.h"
#include "Database.h"

#include <QStringList>

namespace warden {

/// Versioned schema migrations. Version N's statements turn a version N-1 database into N;
/// each step runs in one transaction together with the schema_version update.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static constexpr int kLatestVersion = 8;

    /// Reads the stored version; migrates an older schema, refuses a newer one.
    static Result<int> migrate(Database& database);
    static QStringList statementsFor(int version, Database::Dialect dialect);
    /// PostgreSQL: the trigram index behind directory search, created when missing and the
    /// server allows it (searching works without it, only slower).
    [[nodiscard]] static Status ensureSearchIndex(Database& database);
};

} // namespace warden

#pragma once

#include "../Result.h"
#include "AuditVerifier.h"
#include "AuditWitness.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class QIODevice;

namespace warden {

class Database;

/// What anyone who can read the database (or an export of its audit log) can do with the log,
/// with no keychain, no database key and no sign-in: verify it, export it with everything needed
/// to verify it elsewhere, and prove that an entry is in the newest checkpoint.
class AuditInspector
{
    Q_DECLARE_TR_FUNCTIONS(AuditInspector)

public:
    explicit AuditInspector(Database& database);

    /// Verifies the stored log (AuditVerifier). With a witness, the log must extend the newest tree
    /// it saw, signatures it checked before under the same root are not checked again, and an
    /// intact log is remembered as seen and checked.
    [[nodiscard]] Result<AuditVerification> verify(const std::optional<AuditWitness>& witness = {}) const;
    /// The whole log as JSON lines: a header, the computers the log registered, the checkpoints,
    /// the head record, then every entry with its hash and signature.
    [[nodiscard]] Status exportJsonl(QIODevice& out) const;
    /// The inclusion proof (RFC 6962 audit path) of entry `seq` in the newest checkpoint, and the
    /// consistency proof of the checkpoint before it with that one.
    [[nodiscard]] Result<QJsonObject> prove(qint64 seq) const;

    /// Verifies an export written by exportJsonl(); every line is checked against the log it holds.
    [[nodiscard]] static Result<AuditVerification> verifyExport(QIODevice& in);

private:
    Database& m_database;
};

} // namespace warden

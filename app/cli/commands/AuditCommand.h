#pragma once

#include "CliCommand.h"
#include "audit/AuditLog.h"

class QFile;

namespace warden {

/// `wardenctl audit`: the audit log — list with filters, export as CSV (both signed in); verify
/// it, export it as JSON lines, verify such an export and prove an entry's inclusion (no secret
/// needed, no sign-in); write a signed checkpoint (this computer's key).
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Nothing; }
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list();
    int verify();
    int checkpoint();
    int prove();
    int exportLog();
    int exportCsv(const AuditFilter& filter);
    /// Opens --output, or standard output without it.
    int openOutput(QFile& file);
    /// Opens the database at --db to read it with no secret; fails when there is none there.
    int openToRead();
    /// Prints a verification report; exit code 0 when intact, 3 when not.
    int report(const AuditVerification& r);
    /// The audit log spans accounts; reading it through the console needs Audit Logs access in one.
    int checkMayRead();
    AuditFilter filter() const;
};

} // namespace warden

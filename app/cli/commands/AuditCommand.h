#pragma once

#include "CliCommand.h"
#include "audit/AuditLog.h"

namespace warden {

/// `wardenctl audit`: the audit log — list with filters, verify the hash chain, export as CSV.
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list(const AuditFilter& filter);
    int verify();
    int exportCsv(const AuditFilter& filter);
};

} // namespace warden

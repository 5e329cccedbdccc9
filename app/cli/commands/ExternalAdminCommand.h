#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl external-admin`: a partner's administrators in a customer account, and one person applied to many
/// accounts.
class ExternalAdminCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExternalAdminCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int apply();
    int list(const Account& account);
    int addOrChangeRole(const Account& account, bool add);
    int remove(const Account& account);
};

} // namespace warden

#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl account`: the accounts one sees, one account's details, a new account.
class AccountCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;

private:
    int list();
    int show();
    int create();
};

} // namespace warden

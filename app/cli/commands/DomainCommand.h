#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl domain`: an account's domains, and the domains a master account links down.
class DomainCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DomainCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;
};

} // namespace warden

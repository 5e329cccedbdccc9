#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl ip`: an account's allow-list of sign-in addresses.
class IpCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IpCommand)

public:
    QString name() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute() override;
};

} // namespace warden

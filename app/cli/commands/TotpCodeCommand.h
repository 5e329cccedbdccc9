#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl totp-code SECRET`: the current one-time code of a base32 secret, like oathtool.
class TotpCodeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TotpCodeCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Nothing; }

protected:
    int execute() override;
};

} // namespace warden

#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl signin`: signs in once and keeps the session in the keychain for the next commands.
class SigninCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SigninCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Database; }

protected:
    int execute() override;
};

} // namespace warden

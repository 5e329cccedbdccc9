#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl signout`: ends the session kept in the keychain.
class SignoutCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignoutCommand)

public:
    QString name() const override;
    QString usage() const override;

protected:
    int execute() override;
};

} // namespace warden

#pragma once

#include "CliCommand.h"

namespace warden {

/// `wardenctl enroll`: the first sign-in with a temporary password — a password of one's own and an authenticator app.
class EnrollCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)

public:
    QString name() const override;
    QString usage() const override;
    Needs needs() const override { return Needs::Database; }

protected:
    int execute() override;
};

} // namespace warden

#pragma once

namespace warden {

/// wardenctl's exit codes, the same for every command (the usage text lists them).
struct CliExit
{
    static constexpr int Ok = 0;
    /// Authorization, sign-in, a change request needed, or a rule such as the last Super Administrator.
    static constexpr int Refused = 1;
    /// Bad arguments, unknown names, conflicts.
    static constexpr int BadInput = 2;
    /// The database or the keychain failed.
    static constexpr int StorageError = 3;
    /// A health report with a failing rule.
    static constexpr int Unhealthy = 4;
    /// The directory server could not be reached, refused the bind, or failed the search.
    static constexpr int DirectoryError = 5;
};

} // namespace warden

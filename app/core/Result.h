#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace warden {

/// Why the core refused a call. `message` is a complete, translated sentence meant for the
/// person at the console ("Help Desk Administrators have read-only access to Account Roles.");
/// `kind` lets callers map the refusal to an exit code or an icon without parsing text.
struct Refusal
{
    enum class Kind {
        Denied, ///< the signed-in actor is not allowed to do this
        NeedsChangeRequest, ///< allowed only through a protected-role change request
        BadInput, ///< malformed or inconsistent input; nothing was changed
        NotFound, ///< the named thing does not exist
        Conflict, ///< a duplicate, or something already done or decided
        Forbidden, ///< a rule forbids it whoever asks ("the last Super Administrator", "not yourself")
        Authentication, ///< sign-in failed or is throttled
        EnrollmentRequired, ///< the password is right, but a new password or second factor must be set first
        Storage, ///< the database could not be read or written
        Keychain, ///< the OS keychain is missing, locked or refused
        ComputerNotApproved, ///< this computer holds no key for the database: it must request access first
        DatabasePassword, ///< the database server wants a password that was not given or is wrong
        DirectoryServer, ///< the organisation's directory (LDAP) is unreachable, refused the bind or failed
    };
    Kind kind = Kind::BadInput;
    QString message;
};

/// A value or a Refusal. Services return this instead of throwing so every caller has to look.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_value(std::move(value))
    { }
    Result(Refusal refusal) // NOLINT(google-explicit-constructor)
        : m_value(std::move(refusal))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_value); }
    [[nodiscard]] T& value() & { return std::get<T>(m_value); }
    /// By value, so `for (x : service().list().value())` does not iterate a destroyed temporary.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_value)); }
    [[nodiscard]] const Refusal& refusal() const { return std::get<Refusal>(m_value); }

private:
    std::variant<T, Refusal> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Refusal refusal) // NOLINT(google-explicit-constructor)
        : m_refusal(std::move(refusal))
    { }

    [[nodiscard]] bool ok() const { return !m_refusal.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Refusal& refusal() const { return *m_refusal; }

private:
    std::optional<Refusal> m_refusal;
};

using Status = Result<void>;

inline Refusal refuse(Refusal::Kind kind, QString message)
{
    return Refusal {kind, std::move(message)};
}

} // namespace warden

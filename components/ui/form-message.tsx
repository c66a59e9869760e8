type Result = { ok: true } | { ok: false; message: string } | null | undefined;

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ result, success }: { result: Result; success?: string }) {
  if (!result) return null;
  if (result.ok)
    return success ? (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {success}
      </p>
    ) : null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {result.message}
    </p>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { TextField } from "@/components/ui/text-field";
import type { NamedSlug } from "@/lib/instructor/cohort.types";

import { createCohortAction } from "../actions";

type Props = { lessons: NamedSlug[]; labs: NamedSlug[] };

function Checklist({ legend, name, hint, options }: { legend: string; name: string; hint: string; options: NamedSlug[] }) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      <p className="field__hint">{hint}</p>
      <ul>
        {options.map((o) => (
          <li key={o.slug}>
            <label>
              <input type="checkbox" name={name} value={o.slug} /> {o.title}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Creates a cohort and opens its dashboard, where the join code is. */
export function CreateCohortForm({ lessons, labs }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await createCohortAction({
        name: String(form.get("name") ?? ""),
        startsOn: String(form.get("startsOn") ?? ""),
        endsOn: String(form.get("endsOn") ?? ""),
        requiredLessons: form.getAll("requiredLessons").map(String),
        requiredLabs: form.getAll("requiredLabs").map(String),
      });
      if (result.ok) {
        router.push(`/instructor/cohorts/${result.data.id}`);
        return;
      }
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
    } catch {
      setError("The cohort could not be created. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form cohort-form" onSubmit={submit} noValidate>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <TextField name="name" label="Cohort name" required maxLength={120} error={fieldErrors.name} />
      <div className="cohort-form__dates">
        <TextField name="startsOn" label="Starts on (optional)" type="date" error={fieldErrors.startsOn} />
        <TextField name="endsOn" label="Ends on (optional)" type="date" error={fieldErrors.endsOn} />
      </div>
      <Checklist legend="Required lessons (optional)" name="requiredLessons" hint="The dashboard counts progress against these; none means every lesson." options={lessons} />
      <Checklist legend="Required labs (optional)" name="requiredLabs" hint="None means every lab." options={labs} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating…" : "Create cohort"}
      </button>
    </form>
  );
}

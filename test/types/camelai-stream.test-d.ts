import { describe, expectTypeOf, test } from "vitest";
import CamelAI, {
  askCamelCreate,
  type APIPromise,
  type AskCamelCreateEvent,
  type AskCamelResponse,
  type ErrorResponse,
  type PaymentRequiredResponse,
  type ServerSentEvent,
  type Stream,
} from "../../generated/camelai/index.js";

const camel = new CamelAI({ apiKey: "k" });

describe("camelAI's ask: a stream with `stream: true`, the answer without", () => {
  test("`stream: true` resolves to a stream of typed events", async () => {
    const stream = await camel.askCamel.create({ message: "hi", stream: true });
    expectTypeOf(stream).toEqualTypeOf<Stream<ServerSentEvent<AskCamelCreateEvent>>>();
    for await (const event of stream) {
      expectTypeOf(event.event).toEqualTypeOf<string>();
      expectTypeOf(event.id).toEqualTypeOf<string>();
      expectTypeOf(event.retry).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.data.type).toEqualTypeOf<string>();
      expectTypeOf(event.data.content).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(askCamelCreate(camel, { message: "hi", stream: true })).toEqualTypeOf<
      APIPromise<Stream<ServerSentEvent<AskCamelCreateEvent>>, { 400: ErrorResponse; 402: PaymentRequiredResponse }>
    >();
  });

  test("without `stream`, or with `stream: false`, it resolves to AskCamelResponse", () => {
    expectTypeOf(camel.askCamel.create({ message: "hi" })).resolves.toEqualTypeOf<AskCamelResponse>();
    expectTypeOf(camel.askCamel.create({ message: "hi", stream: false })).resolves.toEqualTypeOf<AskCamelResponse>();
    expectTypeOf(askCamelCreate(camel, { message: "hi" })).resolves.toEqualTypeOf<AskCamelResponse>();
  });

  test("a `stream` known only as boolean resolves to either", () => {
    const stream: boolean = Math.random() > 0.5;
    expectTypeOf(camel.askCamel.create({ message: "hi", stream })).resolves.toEqualTypeOf<
      Stream<ServerSentEvent<AskCamelCreateEvent>> | AskCamelResponse
    >();
  });

  test("wrong uses are type errors", async () => {
    // @ts-expect-error the answer is no stream: it cannot be iterated
    for await (const event of await camel.askCamel.create({ message: "hi" })) void event;
    // @ts-expect-error a stream has no `message`
    void (await camel.askCamel.create({ message: "hi", stream: true })).message;
    // @ts-expect-error an event's data has no `message`
    for await (const event of await camel.askCamel.create({ message: "hi", stream: true })) void event.data.message;
    // @ts-expect-error `stream` is a boolean
    void camel.askCamel.create({ message: "hi", stream: "yes" });
    // @ts-expect-error the message is still required
    void camel.askCamel.create({ stream: true });
  });
});

